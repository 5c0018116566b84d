/**
 * Records every `care-*` event dispatched anywhere on the page until `stop()`, whatever
 * its name, target or options (bubbling or not, composed or not): a new event a widget
 * starts sending is heard without the test knowing its name. Events the browser fires
 * itself (clicks, `change`) are not `care-*` and never pass through here.
 */
export function recordCareEvents() {
  const types: string[] = [];
  const original = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function recordingDispatch(this: EventTarget, event: Event) {
    if (event.type.startsWith('care-')) types.push(event.type);
    return original.call(this, event);
  };
  return {types, stop: () => (EventTarget.prototype.dispatchEvent = original)};
}
