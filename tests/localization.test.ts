import {expect, fixture, html} from '@open-wc/testing';
import {matchLocale} from '../src/localization/match-locale.js';
import {formatNumber, plural} from '../src/localization/format.js';
import './helpers/probe.js';
import type {TestProbe} from './helpers/probe.js';

const messageOf = (el: TestProbe) => el.shadowRoot!.querySelector('.unavailable')!.textContent!.trim();
const localeOf = (el: TestProbe) => el.shadowRoot!.querySelector('.locale')!.textContent;

async function settled(el: TestProbe) {
  // A locale change loads its chunk first, then renders.
  for (let i = 0; i < 5; i++) await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

describe('locale matching', () => {
  it('maps tags to the shipped locales by best fit', () => {
    expect(matchLocale('th-TH')).to.equal('th');
    expect(matchLocale('zh')).to.equal('zh-Hans');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('zh-SG')).to.equal('zh-Hans');
    expect(matchLocale('zh-TW')).to.equal('en');
    expect(matchLocale('pt-BR')).to.equal('en');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('de_AT')).to.equal('de');
    expect(matchLocale('not a tag')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
  });
});

describe('locale resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses the element own lang first', async () => {
    const el = await fixture<TestProbe>(html`<div lang="ru"><test-probe lang="de"></test-probe></div>`.strings ? html`<test-probe lang="de"></test-probe>` : html``);
    await settled(el);
    expect(localeOf(el)).to.equal('de');
    expect(messageOf(el)).to.equal('Diese Information ist derzeit nicht verfügbar.');
  });
});
