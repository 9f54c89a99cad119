/**
 * SX401 regressions from the fourth reviews: a decimal separator lost, added or moved (`35` for `3.5`, `0,184` for
 * `0.0184`), a version or build number kept as written but shortened (`2.3` for `2.30`), space-separated numbers read
 * as one (`5.7.501 550`), number words of more languages (`petnaest` for 15), a fiscal year's two digits (`FY25`),
 * Thai two-digit Buddhist years, and morning/afternoon markers of Vietnamese, Malay and Lithuanian.
 * Each correct unit must give no finding; each damaged one must give one.
 */
import { accepted, reported } from '../../helpers/numberCases';

describe('review 4 (SX401): decimal separators', () => {
  it('reports a decimal separator lost, added or moved, in every language', () => {
    reported([
      ['vi-vn', 'Bộ nhớ là 35 GiB.', 'The memory is 3.5 GiB.'],
      ['ro-ro', 'Costul este 0,184 USD.', 'The cost is 0.0184 USD.'],
      ['et-ee', 'Hind on 1840 USD.', 'The price is 18.40 USD.'],
      ['sl-si', 'Popust je 1,5 %.', 'The discount is 15%.'],
      ['de-de', 'Es dauert 58 Sekunden.', 'It takes 5.8 seconds.'],
      ['de-de', 'Es dauert 0,5 Sekunden.', 'It takes 0.05 seconds.'],
      ['en-us', 'It takes 58 seconds.', 'It takes 5.8 seconds.'],
      ['ja-jp', '58 秒かかります。', 'It takes 5.8 seconds.'],
      ['zh-cn', '内存为 25 GiB。', 'The memory is 2.5 GiB.'],
      ['fr-fr', 'Le prix est de 1 500 €.', 'The price is €15.00.'],
    ]);
  });

  it('reads the Indian grouping of lakhs and crores as the English number, and still reports another value', () => {
    accepted([
      ['hi-in', '1,00,000 उपयोगकर्ता', '100,000 users'],
      ['bn-in', '১,০০,০০০ ব্যবহারকারী', '100,000 users'],
      ['ta-in', '1,50,00,000 பயனர்கள்', '15,000,000 users'],
    ]);
    reported([['hi-in', '1,50,000 उपयोगकर्ता', '100,000 users']]);
  });

  it('reports a version or build number kept as written with other decimal digits', () => {
    reported([
      ['de-de', 'Version 2.3 ist erforderlich.', 'Version 2.30 is required.'],
      ['nl-nl', 'Build 16731.2017 is vereist.', 'Build 16731.20170 is required.'],
    ]);
  });

  it('accepts the same value written the language\'s way or the English way', () => {
    accepted([
      ['de-de', 'Es kostet 1.500 Euro.', 'It costs 1,500 euros.'],
      ['de-de', 'Es kostet 1.500,00 Euro.', 'It costs 1,500.00 euros.'],
      ['fr-fr', 'Il coûte 15 000 euros.', 'It costs 15,000.00 euros.'],
      ['fr-fr', 'Il y a 15 000 fichiers.', 'There are 15000 files.'],
      ['de-de', 'PowerShell 3,0 ist nötig.', 'PowerShell 3.0 is required.'],
      ['th-th', 'ต้องใช้ PowerShell 3,0', 'PowerShell 3.0 is required.'],
      ['de-de', 'Es kostet 2,5 USD.', 'It costs $2.50.'],
      ['de-de', 'Es kostet 20 USD.', 'It costs $20.00.'],
      ['de-de', 'IP 192.168.0.1 verwenden.', 'Use IP 192.168.0.1.'],
      ['de-de', 'Am 31.12.2021 um 14:30 Uhr.', 'On 12/31/2021 at 2:30 PM.'],
      ['de-de', '12.11.Arbeitsdatum Jahr.', 'work date year.11.12.'],
    ]);
  });
});

describe('review 4 (SX401): numbers separated by a space', () => {
  it('reads two codes or numbers separated by a space as two numbers', () => {
    accepted([
      ['ar-sa', 'رمز خطأ رفض الوصول 5.7.501 550، الكشف', 'Error code 550 5.7.501 Access denied, spam abuse detected'],
      ['ar-sa', 'مع رسالة الخطأ يحظر ترحيل أو 553 550.', 'with a 550, 553, or relay-prohibited error message.'],
      ['fr-fr', 'Le code 5.7.501 550 est renvoyé.', 'Error code 550 5.7.501 is returned.'],
      // Right to left, `000 100` shows as `100 000`.
      ['ar-sa', 'أكثر من 000 100 علب البريد', 'over 100,000 mailboxes'],
    ]);
  });
});

describe('review 4 (SX401): number words of more languages', () => {
  it('accepts a two-digit number written as a word of the language', () => {
    accepted([
      ['bg-bg', 'Изчакайте петнадесет минути.', 'Wait 15 minutes.'],
      ['et-ee', 'Oodake viisteist minutit.', 'Wait 15 minutes.'],
      ['hr-hr', 'Pričekajte petnaest minuta.', 'Wait 15 minutes.'],
      ['ka-ge', 'დაელოდეთ თხუთმეტი წუთი.', 'Wait 15 minutes.'],
      ['kk-kz', 'Он бес минут күтіңіз.', 'Wait 15 minutes.'],
      ['lt-lt', 'Palaukite penkiolika minučių.', 'Wait 15 minutes.'],
      ['lv-lv', 'Uzgaidiet piecpadsmit minūtes.', 'Wait 15 minutes.'],
      ['ro-ro', 'Așteptați cincisprezece minute.', 'Wait 15 minutes.'],
      ['sl-si', 'Počakajte petnajst minut.', 'Wait 15 minutes.'],
      ['sr-latn-rs', 'Sačekajte petnaest minuta.', 'Wait 15 minutes.'],
      ['hr-hr', 'Cijena je 1 milijun.', 'The price is 1 million.'],
      // A language without a table of number words: the number may be a word.
      ['sq-al', 'Prisni pesëmbëdhjetë minuta.', 'Wait 15 minutes.'],
    ]);
  });

  it('still reports a number dropped without a number word, and a changed one', () => {
    reported([
      ['hr-hr', 'Pričekajte nekoliko minuta.', 'Wait 15 minutes.'],
      ['kk-kz', 'Бірнеше минут күтіңіз.', 'Wait 15 minutes.'],
      ['sq-al', 'Prisni 25 minuta.', 'Wait 15 minutes.'],
    ]);
  });
});

describe('review 4 (SX401): years', () => {
  it('accepts a fiscal year\'s two digits for the year, and a Thai two-digit Buddhist year', () => {
    accepted([
      ['it-it', 'Il supporto termina nell\'anno fiscale 2025.', 'Support ends in FY25.'],
      ['it-it', 'Il supporto termina nel FY25.', 'Support ends in fiscal year 2025.'],
      ['th-th', 'เวอร์ชัน 2308 เผยแพร่เมื่อ 12 ก.ย. 66', 'Version 2308 was released on September 12, 2023.'],
      ['th-th', 'เผยแพร่เมื่อ 12 กันยายน 2566', 'Released on September 12, 2023.'],
    ]);
  });

  it('still reports another year', () => {
    reported([
      ['it-it', 'Il supporto termina nell\'anno fiscale 2026.', 'Support ends in FY25.'],
      ['th-th', 'เผยแพร่เมื่อ 12 ก.ย. 67', 'Released on September 12, 2023.'],
    ]);
  });
});

describe('review 4 (SX401): a number the English repeats', () => {
  it('accepts it written once when nothing else differs', () => {
    accepted([
      ['ru-ru', 'Если вы используете ASP.NET Core 2.2, см. соответствующий раздел руководства.', 'For ASP.NET Core 2.2, see the 2.2 version of the tutorial.'],
    ]);
  });
});

describe('review 4 (SX401): morning and afternoon', () => {
  it('reports a changed marker of Vietnamese, Malay and Lithuanian', () => {
    reported([
      ['ms-my', 'Penyelenggaraan bermula pada 8:00 petang.', 'Maintenance starts at 8:00 AM.'],
      ['vi-vn', 'Quá trình bảo trì bắt đầu lúc 10:00 sáng.', 'Maintenance starts at 10:00 PM.'],
      ['lt-lt', 'Priežiūra prasideda 10.00 val.', 'Maintenance starts at 10:00 PM.'],
      ['lt-lt', 'Priežiūra prasideda 10:00 popiet.', 'Maintenance starts at 10:00 AM.'],
    ]);
  });

  it('accepts the same time', () => {
    accepted([
      ['ms-my', 'Penyelenggaraan bermula pada 8:00 pagi.', 'Maintenance starts at 8:00 AM.'],
      ['vi-vn', 'Quá trình bảo trì bắt đầu lúc 10:00 tối.', 'Maintenance starts at 10:00 PM.'],
      ['vi-vn', 'Quá trình bảo trì bắt đầu lúc 10:00 CH.', 'Maintenance starts at 10:00 PM.'],
      ['lt-lt', 'Priežiūra prasideda 22.00 val.', 'Maintenance starts at 10:00 PM.'],
    ]);
  });
});

describe('review 4 (SX401): units and currencies changed with the same digits', () => {
  it('reports another data unit or currency', () => {
    reported([
      ['kk-kz', 'Өлшемі 128 ГБ.', 'The size is 128 MB.'],
      ['hu-hu', 'A méret 190,7 GiB.', 'The size is 190.7 TiB.'],
      ['ru-ru', 'Скорость 60 Гбайт/с.', 'The rate is 60 Gbit/s.'],
      ['lv-lv', 'Ātrums ir 10 MB/s.', 'The rate is 10 Mbps.'],
      ['fr-fr', 'Taille 128 Go.', 'Size 128 MB.'],
      ['pt-pt', 'Paga cerca de 18,40 EUR por mês, ou 0,0184 USD por GB.', 'You pay about $18.40 per month, or $0.0184 per GB.'],
      ['pt-pt', 'Custa 18,40 EUR.', 'It costs 18.40 USD.'],
    ]);
  });

  it('accepts the same unit or currency in the language\'s writing', () => {
    accepted([
      ['kk-kz', 'Өлшемі 128 МБ.', 'The size is 128 MB.'],
      ['ru-ru', 'Скорость 60 Гбит/с.', 'The rate is 60 Gbit/s.'],
      ['de-de', 'Rate 10 Mbit/s.', 'Rate 10 Mb/s.'],
      ['fr-fr', 'Taille 128 Mo.', 'Size 128 MB.'],
      ['pt-pt', 'Paga cerca de 18,40 USD por mês.', 'You pay about $18.40 per month.'],
      ['fr-fr', 'Le prix est de 15,00 $ US.', 'The price is $15.00.'],
      ['fr-fr', 'Le prix est de 15,00 €.', 'The price is €15.00.'],
      ['de-de', 'Es kostet 18,40 US-Dollar.', 'It costs 18.40 USD.'],
    ]);
  });
});
