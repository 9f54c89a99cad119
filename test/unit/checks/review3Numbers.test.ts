/**
 * SX401 regressions from the third review: numbers written with words or scales (`twenty` for 20, `sesenta` for 60,
 * `100 萬` for 1 million, `10 लाख`, `10K`), a number glued to a slash, a compact date, `noon`; and damage that keeps
 * the digits: a changed morning/afternoon marker (`2:30 AM` for `2:30 PM`), a changed month word, a wrong scale.
 * Each correct unit must give no finding; each damaged one must give one.
 */
import * as assert from 'assert';
import { accepted, reported, sx401 } from '../../helpers/numberCases';

describe('review 3 (SX401): numbers the English spells out', () => {
  it('accepts digits for English number words of any size, ordinals and words that imply a number', () => {
    accepted([
      ['pt-br', 'Aguarde pelo menos 20 minutos antes de tentar novamente.', 'Wait at least twenty minutes before you try again.'],
      ['uk-ua', 'Зачекайте 15 хвилин.', 'Wait fifteen minutes.'],
      ['pt-br', 'Aguarde 60 segundos.', 'Wait sixty seconds.'],
      ['es-mx', 'Recibirás el 15 % de descuento.', 'You get a fifteen percent discount.'],
      ['ko-kr', '일부 테스트에서는 20개 이상의 큐비트를 사용합니다.', 'Some use over twenty qubits.'],
      ['ko-kr', '50-큐비트 계산을 시뮬레이션합니다.', 'Simulate a fifty-qubit computation.'],
      ['de-de', 'Es gibt 105 Einträge und 21 Spalten.', 'There are one hundred and five entries and twenty-one columns.'],
      ['fr-fr', 'C’est la 21e version.', 'It is the twenty-first release.'],
      ['ko-kr', '0과 1이 교대로 반복되는 문자열입니다.', 'The string of alternating zeros and ones.'],
      ['ko-kr', '0번째 차수 파동 함수를 지정합니다.', 'Specify a zeroth order wavefunction.'],
      ['ja-jp', '2 個のワイルドカード `**` は再帰的な検索を意味します。', 'The double wildcard `**` implies a recursive search.'],
      ['ko-kr', '지역 10진수 설정으로 인해 파서가 실패하지 않습니다.', 'Regional decimal settings will not cause the parser to fail.'],
      ['es-mx', 'El servicio admite 1 millón de solicitudes.', 'The service supports a million requests.'],
      ['es-mx', 'La reunión es a las 12:00 p. m.', 'The meeting is at noon.'],
    ]);
  });

  it('still reports a number the words do not say', () => {
    reported([
      ['es-mx', 'Espera 30 minutos.', 'Wait twenty minutes.'],
      ['de-de', 'Es gibt 106 Einträge.', 'There are one hundred and five entries.'],
      ['ko-kr', '40개 이상의 큐비트를 사용합니다.', 'Some use over twenty qubits.'],
    ]);
  });
});

describe('review 3 (SX401): numbers the translation spells out', () => {
  it('accepts a two-digit number written as a word of the translation\'s language', () => {
    accepted([
      ['es-mx', 'Está disponible en sesenta regiones.', 'It\'s available in 60 regions.'],
      ['el-gr', 'Περιμένετε δώδεκα ώρες.', 'Wait 12 hours.'],
      ['ar-sa', 'انتظر خمس عشرة دقيقة.', 'Wait 15 minutes.'],
      ['ar-sa', 'الرجاء إعطاؤنا أربعًا وعشرين ساعة على الأقل.', 'Please give us at least 24 hours.'],
      ['id-id', 'Tunggu lima belas menit.', 'Wait 15 minutes.'],
      ['ar-sa', 'هذا هو الإصدار الحادي والعشرون من SDK.', 'This is the 21st release of the SDK.'],
      ['fa-ir', 'این بیست‌ویکمین نسخه است.', 'This is the 21st release.'],
      ['de-de', 'Warten Sie zwanzig Minuten.', 'Wait 20 minutes.'],
    ]);
  });

  it('still reports a number dropped without a number word, and one more than the words', () => {
    reported([
      ['pl-pl', 'Ciąg musi mieć długość co najmniej 8 znaków', 'String must be at least 8 and no more than 16 characters long'],
      ['es-mx', 'Está disponible en muchas regiones.', 'It\'s available in 60 regions.'],
      ['es-mx', 'Está disponible en sesenta regiones y zonas.', 'It\'s available in 60 regions and 40 zones.'],
      // `十分` is a word ("enough"), not the number ten.
      ['ja-jp', '十分な時間待ちます。', 'Wait 15 minutes.'],
    ]);
  });
});

describe('review 3 (SX401): scales', () => {
  it('accepts myriads, lakh and crore, million words and the K suffix by value', () => {
    accepted([
      ['zh-tw', '此服務每天最多支援 100 萬個要求。', 'The service supports up to 1 million requests per day.'],
      ['ja-jp', '1 つのリストに最大 1 万個の項目を格納できます。', 'You can store up to 10,000 items in one list.'],
      ['ko-kr', '한도는 10만 개 요청입니다.', 'The limit is 100,000 requests.'],
      ['ko-kr', '이 서비스는 하루 최대 100만 개의 요청을 지원합니다.', 'The service supports up to 1 million requests per day.'],
      ['zh-tw', '此服務每年處理 10 億個要求。', 'The service handles 1 billion requests a year.'],
      ['hi-in', 'सेवा प्रति दिन 10 लाख अनुरोधों तक का समर्थन करती है।', 'The service supports up to 1 million requests per day.'],
      ['bn-in', 'পরিষেবাটি প্রতিদিন ১০ লক্ষ অনুরোধ পর্যন্ত সমর্থন করে।', 'The service supports up to 1 million requests per day.'],
      ['ta-in', 'சேவை ஒரு நாளைக்கு 10 லட்சம் கோரிக்கைகள் வரை ஆதரிக்கிறது.', 'The service supports up to 1 million requests per day.'],
      ['hi-in', 'सीमा 1 करोड़ अनुरोध है।', 'The limit is 10 million requests.'],
      ['tr-tr', '1000000 profil aktarılabilir.', 'Up to 1 million profiles can be exported.'],
      ['es-es', 'Hasta 1 millón de filas.', 'Up to 1,000,000 rows.'],
      ['ar-sa', 'يمكنك تخزين ما يصل إلى 10,000 عنصر.', 'You can store up to 10K items.'],
      ['uk-ua', 'Можна зберігати до 10 000 елементів.', 'You can store up to 10K items.'],
    ]);
  });

  it('reports a wrong scale, also when the digits are the same', () => {
    reported([
      ['zh-tw', '此服務每天最多支援 10 萬個要求。', 'The service supports up to 1 million requests per day.'],
      ['hi-in', 'सेवा प्रति दिन 1 लाख अनुरोधों तक का समर्थन करती है।', 'The service supports up to 1 million requests per day.'],
      ['zh-tw', '此服務每天最多支援 10 萬個要求。', 'The service supports up to 10 million requests per day.'],
      ['ja-jp', '上限は 100 万要求です。', 'The limit is 100,000 requests.'],
    ]);
    assert.deepStrictEqual(sx401('hi-in', 'सीमा 1 लाख अनुरोध है।', 'The limit is 1 million requests.').map(f => f.message),
      ['Numbers differ from the English: 1 लाख for 1 million.']);
  });
});

describe('review 3 (SX401): a number glued to a slash, a compact date', () => {
  it('reads the numbers on each side of a slash and a compact MMDDYY date', () => {
    accepted([
      ['de-de', '*Linear Betrag = 100.000/8=12.500*', '*Straight-line amount = 100,000 / 8 = 12,500*'],
      ['de-de', 'Setzen Sie ein U vor das Datum, z. B. U31.12.01.', 'Put C just before the date, such as C123101.'],
    ]);
    reported([
      ['de-de', '*Linear Betrag = 100.000/9=12.500*', '*Straight-line amount = 100,000 / 8 = 12,500*'],
      ['de-de', 'Setzen Sie ein U vor das Datum, z. B. U30.12.01.', 'Put C just before the date, such as C123101.'],
    ]);
  });
});

describe('review 3 (SX401): a changed morning/afternoon marker with the same digits', () => {
  it('reports AM for PM in each language\'s form, and a 24-hour clock that says 02:30', () => {
    reported([
      ['es-mx', 'El trabajo se ejecuta a las 2:30 AM.', 'The job runs at 2:30 PM.'],
      ['en-us', 'The job runs at 2:30 AM.', 'The job runs at 2:30 PM.'],
      ['es-mx', 'El trabajo se ejecuta todos los días a las 2:30 a. m.', 'The job runs at 2:30 PM every day.'],
      ['ar-sa', 'يتم تشغيل المهمة في الساعة 2:30 ص يوميًا.', 'The job runs at 2:30 PM every day.'],
      ['zh-tw', '作業每天上午 2:30 執行。', 'The job runs at 2:30 PM every day.'],
      ['ko-kr', '작업은 매일 오전 2:30에 실행됩니다.', 'The job runs at 2:30 PM every day.'],
      ['el-gr', 'Η εργασία εκτελείται καθημερινά στις 2:30 π.μ.', 'The job runs at 2:30 PM every day.'],
      ['de-de', 'Der Auftrag wird um 2:30 Uhr ausgeführt.', 'The job runs at 2:30 PM.'],
      ['es-mx', 'El trabajo empieza a las 9 a. m.', 'The job starts at 9 PM.'],
      ['es-mx', 'El trabajo se ejecuta a las 2:30 p. m.', 'The job runs at 2:30 AM.'],
    ]);
    assert.deepStrictEqual(sx401('zh-tw', '作業每天上午 2:30 執行。', 'The job runs at 2:30 PM every day.').map(f => f.message),
      ['Numbers differ from the English: 上午 2:30 for 2:30 PM.']);
  });

  it('accepts the right marker, an unmarked time and 12 o\'clock, which languages mark differently', () => {
    accepted([
      ['es-mx', 'El trabajo se ejecuta a las 2:30 p. m.', 'The job runs at 2:30 PM.'],
      ['ar-sa', 'يتم تشغيل المهمة في الساعة 2:30 م يوميًا.', 'The job runs at 2:30 PM every day.'],
      ['el-gr', 'Η εργασία εκτελείται καθημερινά στις 2:30 μ.μ.', 'The job runs at 2:30 PM every day.'],
      ['zh-tw', '作業每天下午 2:30 執行。', 'The job runs at 2:30 PM every day.'],
      ['es-mx', 'El trabajo se ejecuta a las 2:30 de la tarde.', 'The job runs at 2:30 PM.'],
      ['de-de', 'Der Auftrag wird um 2:30 Uhr ausgeführt.', 'The job runs at 2:30 AM.'],
      ['de-de', 'Der Auftrag wird um 14:30 Uhr am Montag ausgeführt.', 'The job runs at 2:30 PM on Monday.'],
      ['ja-jp', 'ジョブは午前 12:00 に実行されます。', 'The job runs at 12:00 PM.'],
      ['es-mx', 'Entre las 2:30 a. m. y las 2:30 p. m.', 'Between 2:30 AM and 2:30 PM.'],
    ]);
  });
});

describe('review 3 (SX401): a changed month word with the same day and year', () => {
  it('reports the month words the check reads, English included', () => {
    reported([
      ['es-mx', 'El certificado expira el 31 de noviembre de 2021.', 'The certificate expires on December 31, 2021.'],
      ['es-mx', 'El certificado expira el 31 noviembre 2021.', 'The certificate expires on December 31, 2021.'],
      ['de-de', 'Das Zertifikat läuft am 31. November 2021 ab.', 'The certificate expires on December 31, 2021.'],
      ['uk-ua', 'Термін дії сертифіката закінчується 31 листопада 2021 р.', 'The certificate expires on December 31, 2021.'],
      ['en-us', 'The certificate expires on November 31, 2021.', 'The certificate expires on December 31, 2021.'],
      ['es-mx', 'El certificado expira el November 31, 2021.', 'The certificate expires on December 31, 2021.'],
    ]);
  });

  it('accepts the right month, Ukrainian included, and a month word the check does not read', () => {
    accepted([
      ['es-mx', 'El certificado expira el 31 de diciembre de 2021.', 'The certificate expires on December 31, 2021.'],
      ['uk-ua', 'Термін дії сертифіката закінчується 31 грудня 2021 р.', 'The certificate expires on December 31, 2021.'],
      ['tr-tr', 'Sertifikanın süresi 31 Aralık 2021\'de dolar.', 'The certificate expires on December 31, 2021.'],
    ]);
  });
});

describe('review 3 (SX401): a dropped percent or minus sign with the same digits', () => {
  it('reports a translation that drops the sign and has no sign or word for it', () => {
    reported([
      ['es-mx', 'Establece el umbral en 50.', 'Set the threshold to 50%.'],
      ['es-mx', 'Escribe un valor entre 5 y 5.', 'Enter a value between -5 and 5.'],
    ]);
    assert.deepStrictEqual(sx401('es-mx', 'Establece el umbral en 50.', 'Set the threshold to 50%.').map(f => f.message),
      ['Numbers differ from the English: the percent sign of 50% is missing.']);
  });

  it('accepts the languages\' percent signs and words, and a minus sign glued to a word or written after the number', () => {
    accepted([
      ['tr-tr', 'Eşiği %50 olarak ayarlayın.', 'Set the threshold to 50%.'],
      ['ar-sa', 'اضبط الحد على ٥٠٪.', 'Set the threshold to 50%.'],
      ['de-de', 'Legen Sie den Schwellenwert auf 50 Prozent fest.', 'Set the threshold to 50%.'],
      ['ko-kr', '임계값을 50퍼센트로 설정합니다.', 'Set the threshold to 50%.'],
      ['es-mx', 'Escribe un valor entre menos 5 y 5.', 'Enter a value between -5 and 5.'],
      ['ko-kr', '연산자의-1 고유 상태입니다.', 'The -1 eigenstate of the operator.'],
      ['pl-pl', 'Wartości trasy: [ID,-3]', 'Route values: [id, -3]'],
    ]);
  });
});

describe('review 3 (SX401): a number rewritten so that the language reads another value', () => {
  it('reports 2.500 for 2.5 in Portuguese and 1,000 for 1000 in German', () => {
    reported([
      ['pt-br', 'A taxa de transferência máxima é de 2.500 GB/s.', 'The maximum throughput is 2.5 GB/s.'],
      ['de-de', 'Die Liste enthält 1,000 Elemente.', 'The list holds 1000 items.'],
    ]);
    assert.deepStrictEqual(sx401('pt-br', 'A taxa máxima é de 2.500 GB/s.', 'The maximum rate is 2.5 GB/s.').map(f => f.message),
      ['Numbers differ from the English: 2.500 (2500 in this language) for 2.5.']);
  });

  it('accepts the language\'s own writing, the English writing kept as it is, a scale, and decimal-point languages', () => {
    accepted([
      ['pt-br', 'A taxa máxima é de 2,5 GB/s.', 'The maximum rate is 2.5 GB/s.'],
      ['pt-br', 'Você pode armazenar até 10.000 itens.', 'You can store up to 10,000 items.'],
      ['pt-br', 'Você pode armazenar até 10,000 itens.', 'You can store up to 10,000 items.'],
      ['el-gr', 'Μπορείτε να αποθηκεύσετε έως 10.000 στοιχεία.', 'You can store up to 10K items.'],
      ['ja-jp', '最大 2.500 GB/s です。', 'Up to 2.5 GB/s.'],
    ]);
  });
});
