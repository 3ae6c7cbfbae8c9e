// The promotion editor's mapping, without the DOM: a promotion as the API returns it <-> the editor's values <-> the
// request that saves it. Every field the API has is in the editor; what the person did not change is sent as it was
// read (instants to the second, amounts with their scale), so an unchanged save changes nothing.
'use strict';

(function (root) {
  const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
  const localInput = (instant) => {
    const d = new Date(instant);
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  };
  const text = (value) => (value == null ? '' : String(value));
  const amount = (money) => (money == null ? '' : Number(money.amount).toFixed(2));
  const time = (value) => (value == null ? '' : String(value).slice(0, 5));
  const blankToNull = (value) => (value.trim() === '' ? null : value.trim());
  const number = (value) => (String(value).trim() === '' ? null : Number(value));
  const list = (value) => value.split(',').map((s) => s.trim()).filter(Boolean);

  function toValues(promotion, now = Date.now()) {
    const p = promotion ?? {};
    const c = p.conditions ?? {};
    const l = p.limits ?? {};
    const d = p.discount ?? { type: 'PERCENT' };
    return {
      name: text(p.name), description: text(p.description), kind: p.kind ?? 'CODE', code: text(p.code),
      uniqueCodes: Boolean(p.uniqueCodes), discountType: d.type,
      discountValue: d.type === 'FIXED' ? amount(d.amount) : text(d.percent),
      stacking: p.stacking ?? 'EXCLUSIVE',
      validFrom: localInput(p.validFrom ?? now), validUntil: p.validUntil ? localInput(p.validUntil) : '',
      treatmentIds: [...(c.treatmentIds ?? [])], days: DAYS.filter((day) => (c.days ?? []).includes(day)),
      startsFrom: time(c.startsFrom), startsBefore: time(c.startsBefore), firstVisitOnly: Boolean(c.firstVisitOnly),
      lastMinuteHours: text(c.lastMinuteHours), clientTags: (c.clientTags ?? []).join(', '),
      minimumVisits: text(c.minimumVisits),
      totalRedemptions: text(l.totalRedemptions), perClient: text(l.perClient), budget: amount(l.budget),
    };
  }

  // an instant or a time of day the person left as shown keeps its seconds
  const same = (shown, original, format) => (original != null && shown === format(original) ? original : null);

  function toRequest(values, original, currency) {
    const o = original ?? {};
    const c = o.conditions ?? {};
    const money = (value) => (value.trim() === '' ? null : { amount: value.trim(), currency });
    const instantOf = (shown, before) => same(shown, before, localInput)
      ?? (shown ? new Date(shown).toISOString() : null);
    const timeOf = (shown, before) => same(shown, before, time) ?? blankToNull(shown);
    const code = values.kind === 'CODE' && !values.uniqueCodes ? blankToNull(values.code) : null;
    return {
      name: values.name.trim(), description: blankToNull(values.description), kind: values.kind,
      code: code, uniqueCodes: values.kind === 'CODE' && values.uniqueCodes,
      discount: values.discountType === 'PERCENT'
        ? { type: 'PERCENT', percent: number(values.discountValue) }
        : { type: 'FIXED', amount: money(values.discountValue) },
      conditions: {
        treatmentIds: [...values.treatmentIds], days: [...values.days],
        startsFrom: timeOf(values.startsFrom, c.startsFrom), startsBefore: timeOf(values.startsBefore, c.startsBefore),
        firstVisitOnly: values.firstVisitOnly, lastMinuteHours: number(values.lastMinuteHours),
        clientTags: list(values.clientTags), minimumVisits: number(values.minimumVisits),
      },
      validFrom: instantOf(values.validFrom, o.validFrom), validUntil: instantOf(values.validUntil, o.validUntil),
      limits: {
        totalRedemptions: number(values.totalRedemptions), perClient: number(values.perClient),
        budget: money(values.budget),
      },
      stacking: values.stacking,
    };
  }

  const PromotionForm = { DAYS, toValues, toRequest };
  if (typeof module !== 'undefined' && module.exports) module.exports = PromotionForm;
  else root.PromotionForm = PromotionForm;
})(typeof window !== 'undefined' ? window : globalThis);
