/**
 * SX308 literal-emphasis-markers: runs of emphasis markers in the translation that show literally, including the
 * `****` left when machine translation moves a bold label's words out of its markers.
 */
import * as assert from 'assert';
import { lintText } from '../../../server/src/languageService';
import { unit } from '../../helpers/text';

function sx308(locale: string, target: string, source: string): string[] {
  const text = `---\nms.contentlocale: ${locale}\n---\n\n${unit('ab12c-101', target, source)}\n`;
  return lintText(text, { SX308: 'warning' }).findings.filter(f => f.code === 'SX308').map(f => text.slice(f.range.start, f.range.end));
}

describe('SX308 literal emphasis markers', () => {
  it('reports the **** a bold label left behind when its words moved out (zh-cn, from a real file)', () => {
    assert.deepStrictEqual(
      sx308('zh-cn', '若要注册对等互连服务连接，请选择“创建资源” ****  >“对等互连服务” **** 。',
        'To register a Peering Service connection, select **Create a resource** > **Peering Service**.'),
      ['****', '****']);
    assert.deepStrictEqual(sx308('de-de', 'Wählen Sie ** ** aus.', 'Select **Create**.'), ['**', '**']);
  });

  it('says nothing of bold that works, a lone asterisk, or a run the English has too', () => {
    assert.deepStrictEqual(sx308('de-de', 'Wählen Sie **Ressource erstellen** aus.', 'Select **Create a resource**.'), []);
    assert.deepStrictEqual(sx308('de-de', 'Alle Dateien (*) auswählen.', 'Select all files (*).'), []);
    assert.deepStrictEqual(sx308('de-de', 'Berechnen Sie 2 ** 8.', 'Compute 2 ** 8.'), []);
    assert.deepStrictEqual(sx308('de-de', 'Code `a ** b` lesen.', 'Read the code `a ** b`.'), []);
  });
});
