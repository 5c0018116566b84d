// Demo wiring for star-rating.html (a file, not an inline script, so the page also works under a
// strict CSP). Shows the events a partner page hears and what a form submits.
const live = document.querySelector('#live');
// Through CSSOM, which a strict CSP allows (style attributes it would block).
document.querySelector('#themed').style.setProperty('--care-star-size', '2rem');

// Start from the server's current aggregate, so earlier demo votes show.
fetch('/api/votes/vertebroplasty')
  .then((response) => (response.ok ? response.json() : undefined))
  .then(
    (aggregate) =>
      aggregate && Object.assign(live, {value: aggregate.value, count: aggregate.count, max: aggregate.max}),
  )
  .catch(() => {});

const events = document.querySelector('#events');
document.addEventListener('care-vote', (event) => {
  events.textContent = JSON.stringify(event.detail).replaceAll(',', ', ');
});

document.querySelector('#forget').addEventListener('click', () => {
  localStorage.removeItem('care-widgets:voted');
  location.reload();
});

const form = document.querySelector('#form');
const submitted = document.querySelector('#submitted');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  submitted.textContent = new URLSearchParams(new FormData(form)).toString();
});
form.addEventListener('reset', () => {
  submitted.textContent = 'not sent yet';
});
