import {expect, fixture, html} from '@open-wc/testing';
import {matchLocale} from '../src/localization/match-locale.js';
import {formatNumber, plural} from '../src/localization/format.js';
import './helpers/probe.js';
import type {TestProbe} from './helpers/probe.js';
import {settled} from './helpers/settled.js';

const german = 'Diese Information ist derzeit nicht verfügbar.';
const english = 'This information is not available right now.';
const messageOf = (el: Element) => el.shadowRoot!.querySelector('.unavailable')!.textContent!.trim();
const localeOf = (el: Element) => el.shadowRoot!.querySelector('.locale')!.textContent;

describe('locale matching', () => {
  it('maps tags to the shipped locales by best fit', () => {
    expect(matchLocale('th-TH')).to.equal('th');
    expect(matchLocale('TH')).to.equal('th');
    expect(matchLocale('zh')).to.equal('zh-Hans');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('zh-SG')).to.equal('zh-Hans');
    expect(matchLocale('zh-Hans-HK')).to.equal('zh-Hans');
    expect(matchLocale('zh-TW')).to.equal('en');
    expect(matchLocale('pt-BR')).to.equal('en');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('de_AT')).to.equal('de');
    expect(matchLocale('ja-JP')).to.equal('ja');
    expect(matchLocale('vi-VN')).to.equal('vi');
    expect(matchLocale('ru-RU')).to.equal('ru');
    expect(matchLocale('ko-KR')).to.equal('ko');
    expect(matchLocale('ko')).to.equal('ko');
    expect(matchLocale('my-MM')).to.equal('my');
    expect(matchLocale('bn-BD')).to.equal('bn');
    expect(matchLocale('bn-IN')).to.equal('bn');
    expect(matchLocale('km-KH')).to.equal('km');
    expect(matchLocale('km')).to.equal('km');
    expect(matchLocale('not a tag')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
  });
});

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses the element own lang before its ancestors', async () => {
    const wrapper = await fixture(html`<div lang="ru"><test-probe lang="de"></test-probe></div>`);
    const el = wrapper.querySelector('test-probe')!;
    await settled(el);
    expect(localeOf(el)).to.equal('de');
    expect(messageOf(el)).to.equal(german);
  });

  it('inherits the nearest ancestor lang, also across a shadow root', async () => {
    const host = await fixture(html`<div lang="de"><section></section></div>`);
    const section = host.querySelector('section')!;
    const root = section.attachShadow({mode: 'open'});
    root.innerHTML = '<div><test-probe></test-probe></div>';
    const el = root.querySelector('test-probe') as TestProbe;
    await settled(el);
    expect(localeOf(el)).to.equal('de');
    expect(messageOf(el)).to.equal(german);
  });

  it('falls back to <html lang>, then to English for unshipped languages', async () => {
    document.documentElement.setAttribute('lang', 'th-TH');
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    await settled(el);
    expect(localeOf(el)).to.equal('th');
    expect(messageOf(el)).to.equal('ขณะนี้ไม่สามารถแสดงข้อมูลนี้ได้');
    document.documentElement.setAttribute('lang', 'pt-BR');
    await settled(el);
    expect(localeOf(el)).to.equal('en');
    expect(messageOf(el)).to.equal(english);
  });

  it('re-renders when an ancestor lang changes at run time, even inside a shadow root', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = '<p lang="en"><test-probe></test-probe></p>';
    const el = root.querySelector('test-probe') as TestProbe;
    await settled(el);
    expect(messageOf(el)).to.equal(english);
    root.querySelector('p')!.setAttribute('lang', 'de');
    await settled(el);
    expect(messageOf(el)).to.equal(german);
    root.querySelector('p')!.removeAttribute('lang');
    host.setAttribute('lang', 'ja');
    await settled(el);
    expect(localeOf(el)).to.equal('ja');
    expect(messageOf(el)).to.equal('この情報は現在ご利用いただけません。');
  });

  it('renders two languages side by side on one page', async () => {
    const wrapper = await fixture(
      html`<div><test-probe lang="ar"></test-probe><test-probe lang="th"></test-probe><test-probe></test-probe></div>`,
    );
    const [ar, th, en] = [...wrapper.querySelectorAll('test-probe')];
    await settled(ar, th, en);
    expect(messageOf(ar)).to.equal('هذه المعلومات غير متاحة حاليًا.');
    expect(messageOf(th)).to.equal('ขณะนี้ไม่สามารถแสดงข้อมูลนี้ได้');
    expect(messageOf(en)).to.equal(english);
  });
});

describe('direction', () => {
  it('lays Arabic out right-to-left on a left-to-right page', async () => {
    const el = await fixture<TestProbe>(html`<test-probe lang="ar"></test-probe>`);
    await settled(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.unavailable')!).direction).to.equal('rtl');
  });

  it('keeps a direction the author set, and removes its own when the language changes', async () => {
    const authored = await fixture<TestProbe>(html`<test-probe lang="ar" dir="ltr"></test-probe>`);
    await settled(authored);
    expect(authored.getAttribute('dir')).to.equal('ltr');

    const el = await fixture<TestProbe>(html`<test-probe lang="ar"></test-probe>`);
    await settled(el);
    el.setAttribute('lang', 'de');
    await settled(el);
    expect(el.hasAttribute('dir')).to.be.false;
  });
});

describe('plurals and numbers', () => {
  const forms = (locale: Parameters<typeof plural>[0], n: number) =>
    plural(locale, n, {
      zero: () => 'zero',
      one: () => 'one',
      two: () => 'two',
      few: () => 'few',
      many: () => 'many',
      other: () => 'other',
    });

  it('picks English, Russian and Arabic plural forms', () => {
    expect([1, 11].map((n) => forms('en', n))).to.deep.equal(['one', 'other']);
    // 1 голос / 2 голоса / 5 голосов / 21 голос / 11 голосов
    expect([1, 2, 5, 21, 11, 22].map((n) => forms('ru', n))).to.deep.equal([
      'one',
      'few',
      'many',
      'one',
      'many',
      'few',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => forms('ar', n))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('falls back to the other form when a message has no specific one', () => {
    expect(plural('ru', 5, {one: () => 'one', other: () => 'other'})).to.equal('other');
  });

  it('formats numbers with the locale separators and digits', () => {
    expect(formatNumber('de', 7.82)).to.equal('7,82');
    expect(formatNumber('en', 7.82)).to.equal('7.82');
    expect(formatNumber('en', 1000)).to.equal('1,000');
    expect(formatNumber('ar', 7.82)).to.match(/^(٧٫٨٢|7\.82)$/);
    expect(formatNumber('ru', 1000.5)).to.equal('1\u00a0000,5');
  });

  it('writes English numbers exactly as Intl does, also those it writes without Intl', () => {
    const values = [0, -0, 1, 7.82, 9.99, 10, 11, 99.5, 100, 999, 999.999, 1000, 1234.5, 12345678, 0.5, 0.25];
    values.push(0.1 + 0.2, 7.8249, 1.0005, 999.9995, 1e21, 1e-7, -1, -7.82, NaN, Infinity);
    for (let n = 0; n <= 1000; n += 0.125) values.push(n);
    for (let n = 0; n < 20; n += 0.01) values.push(n); // float sums: 0.30000000000000004 and the like
    const intl = new Intl.NumberFormat('en');
    const wrong = values.filter((n) => formatNumber('en', n) !== intl.format(n));
    expect(wrong.map((n) => `${n}: ${formatNumber('en', n)} ≠ ${intl.format(n)}`)).to.deep.equal([]);
  });
});
