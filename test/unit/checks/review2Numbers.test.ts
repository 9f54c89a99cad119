/**
 * SX401 regressions from the second review: times and dates that the translation writes its language's way (a
 * 24-hour clock, `31. 12. 2021`, `2021년 12월 31일`, a month name), the "24/7" idiom, and digits of other scripts.
 * Each correct unit must give no finding; each damaged one (a changed number, time or date) must still give one.
 */
import { accepted, reported } from '../../helpers/numberCases';

describe('review 2 (SX401): a 12-hour English time written on a 24-hour clock', () => {
  it('accepts 14:30, 14.30, 14 h 30 and 14h30 for 2:30 PM, with words around them', () => {
    accepted([
      ['de-de', 'Die Sicherung wird täglich um 14:30 Uhr ausgeführt.', 'The backup runs daily at 2:30 PM.'],
      ['fr-fr', 'La sauvegarde s’exécute tous les jours à 14 h 30.', 'The backup runs every day at 2:30 PM.'],
      ['fr-ca', 'Le courriel est envoyé à 14h30.', 'The email is sent at 2:30 p.m.'],
      ['pl-pl', 'Kopia zapasowa jest wykonywana codziennie o 14:30.', 'The backup runs daily at 2:30 PM.'],
      ['hu-hu', 'A biztonsági mentés naponta 14:30-kor fut.', 'The backup runs daily at 2:30 PM.'],
      ['sv-se', 'Säkerhetskopieringen körs dagligen kl. 14.30.', 'The backup runs daily at 2:30 PM.'],
      ['fi-fi', 'Varmuuskopiointi suoritetaan päivittäin klo 14.30.', 'The backup runs daily at 2:30 PM.'],
      ['tr-tr', 'Yedekleme her gün 14.30’da çalışır.', 'The backup runs daily at 2:30 PM.'],
      ['de-de', 'Der Job startet um 0:15 Uhr und endet um 12:45 Uhr.', 'The job starts at 12:15 AM and ends at 12:45 PM.'],
      ['de-de', 'Der Job startet um 9 Uhr.', 'The job starts at 9 AM.'],
      ['de-de', 'Der Job startet um 21 Uhr.', 'The job starts at 9 PM.'],
      ['zh-cn', '备份在每天下午 2:30 运行。', 'The backup runs daily at 2:30 PM.'],
      // The time, not a version number that the English also holds, is the match for 2:30 PM.
      ['de-de', 'Version 14.30 wird um 14:30 Uhr installiert.', 'Version 14.30 is installed at 2:30 PM.'],
    ]);
  });

  it('still reports a changed time', () => {
    reported([
      ['de-de', 'Die Sicherung wird täglich um 14:45 Uhr ausgeführt.', 'The backup runs daily at 2:30 PM.'],
      ['de-de', 'Die Sicherung wird täglich um 15:30 Uhr ausgeführt.', 'The backup runs daily at 2:30 PM.'],
      // AM is not PM.
      ['de-de', 'Die Sicherung wird täglich um 14:30 Uhr ausgeführt.', 'The backup runs daily at 2:30 AM.'],
      ['sv-se', 'Säkerhetskopieringen körs dagligen kl. 14.45.', 'The backup runs daily at 2:30 PM.'],
      ['de-de', 'Der Job startet um 22 Uhr.', 'The job starts at 9 PM.'],
    ]);
  });
});

describe('review 2 (SX401): dates read as a day, a month and a year', () => {
  it('accepts short dates with a space after each dot (cs, sk, sl, hr, hu)', () => {
    accepted([
      ['cs-cz', 'Platnost končí 31. 12. 2021.', 'It expires on 12/31/2021.'],
      ['cs-cz', 'Platnost certifikátu vyprší 1. 3. 2021.', 'The certificate expires on 3/1/2021.'],
      ['sk-sk', 'Platnosť certifikátu uplynie 31. 12. 2021.', 'The certificate expires on 12/31/2021.'],
      ['hr-hr', 'Certifikat istječe 31. 12. 2021.', 'The certificate expires on 12/31/2021.'],
      ['hu-hu', 'A tanúsítvány 2021. 12. 31-én jár le.', 'The certificate expires on 12/31/2021.'],
    ]);
  });

  it('accepts a numeric date for a month name and the reverse, and 년/월/일, 年月日', () => {
    accepted([
      ['ko-kr', '인증서는 2021년 12월 31일에 만료됩니다.', 'The certificate expires on 12/31/2021.'],
      ['ja-jp', '証明書は 2021 年 12 月 31 日に期限切れになります。', 'The certificate expires on December 31, 2021.'],
      ['de-de', 'Das Zertifikat läuft am 31. Dezember 2021 ab.', 'The certificate expires on 12/31/2021.'],
      ['de-de', 'Das Zertifikat läuft am 31.12.2021 ab.', 'The certificate expires on Dec 31, 2021.'],
      ['ru-ru', 'Срок действия сертификата истекает 31.12.2021.', 'The certificate expires on December 31, 2021.'],
      ['es-es', 'El certificado expira el 31 de diciembre de 2021.', 'The certificate expires on 12/31/2021.'],
      ['fr-fr', 'Le certificat expire le 1er mars 2021.', 'The certificate expires on March 1, 2021.'],
      ['ru-ru', 'Журнал создан 5 февраля 2018 г. в 19:41:32.', 'The log was created on 2/5/2018 at 19:41:32.'],
      ['fi-fi', 'Varmenne vanhenee 31. joulukuuta 2021.', 'The certificate expires on 12/31/2021.'],
      ['de-de', 'Der Kurs beginnt am 31.12. um 9 Uhr.', 'The course starts on December 31 at 9 AM.'],
      ['vi-vn', 'Chứng chỉ hết hạn vào ngày 31 tháng 12 năm 2021.', 'The certificate expires on December 31, 2021.'],
    ]);
  });

  it('still reports a changed day, month or year', () => {
    reported([
      ['cs-cz', 'Platnost končí 30. 12. 2021.', 'It expires on 12/31/2021.'],
      ['cs-cz', 'Platnost končí 31. 12. 2020.', 'It expires on 12/31/2021.'],
      ['hu-hu', 'A tanúsítvány 2021. 11. 30-án jár le.', 'The certificate expires on 12/31/2021.'],
      ['ko-kr', '인증서는 2021년 11월 31일에 만료됩니다.', 'The certificate expires on 12/31/2021.'],
      ['de-de', 'Das Zertifikat läuft am 30. Dezember 2021 ab.', 'The certificate expires on 12/31/2021.'],
      ['de-de', 'Das Zertifikat läuft am 31.11.2021 ab.', 'The certificate expires on Dec 31, 2021.'],
      ['ru-ru', 'Срок действия сертификата истекает 31.12.2022.', 'The certificate expires on December 31, 2021.'],
      // A month name the check reads must be the English month.
      ['de-de', 'Das Zertifikat läuft am 31. November 2021 ab.', 'The certificate expires on 12/31/2021.'],
      ['ru-ru', 'Журнал создан 5 марта 2018 г.', 'The log was created on 2/5/2018.'],
      ['de-de', 'Der Kurs beginnt am 30.12. um 9 Uhr.', 'The course starts on December 31 at 9 AM.'],
      ['vi-vn', 'Chứng chỉ hết hạn vào ngày 31 tháng 11 năm 2021.', 'The certificate expires on December 31, 2021.'],
    ]);
  });
});

describe('review 2 (SX401): the "24/7" idiom', () => {
  it('accepts the languages\' renderings of 24/7', () => {
    accepted([
      ['de-de', 'Der Support ist rund um die Uhr verfügbar.', 'Support is available 24/7.'],
      ['fr-fr', 'Le support est disponible 24 h/24, 7 j/7.', 'Support is available 24/7.'],
      ['ja-jp', 'サポートは 24 時間 365 日利用できます。', 'Support is available 24/7.'],
      ['zh-cn', '提供 7x24 小时支持。', 'Support is available 24/7.'],
    ]);
  });

  it('still reports other numbers around it', () => {
    reported([
      ['de-de', 'Der Support ist 5 Tage rund um die Uhr verfügbar.', 'Support is available 24/7.'],
      ['fr-fr', 'Disponible 24 h/24, 7 j/7 pendant 30 jours.', 'Available 24/7 for 60 days.'],
    ]);
  });
});

describe('review 2 (SX401): digits of other scripts', () => {
  it('reads Thai, Devanagari and Bengali digits as digits', () => {
    accepted([
      ['th-th', 'พอร์ตคือ ๘๐๘๐', 'The port is 8080.'],
      ['hi-in', 'पोर्ट ८०८० है।', 'The port is 8080.'],
      ['bn-bd', 'পোর্ট ৮০৮০।', 'The port is 8080.'],
    ]);
    reported([
      ['th-th', 'พอร์ตคือ ๘๐๐๘', 'The port is 8080.'],
      ['hi-in', 'पोर्ट ८००८ है।', 'The port is 8080.'],
    ]);
  });

  it('accepts a Thai Buddhist-era year in a Thai date, and only there', () => {
    accepted([['th-th', 'ใบรับรองหมดอายุในวันที่ 31 ธันวาคม 2564', 'The certificate expires on December 31, 2021.']]);
    reported([
      ['th-th', 'ใบรับรองหมดอายุในวันที่ 31 ธันวาคม 2565', 'The certificate expires on December 31, 2021.'],
      ['de-de', 'Das Zertifikat läuft am 31. Dezember 2564 ab.', 'The certificate expires on December 31, 2021.'],
    ]);
  });
});
