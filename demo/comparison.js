// Demo-only layout, set through CSSOM so the page also works under a strict
// CSP (style attributes and <style> elements would be blocked).
document.querySelector('.comparison-narrow').style.setProperty('max-inline-size', '320px');
document.querySelector('.comparison-narrow').style.setProperty('outline', '1px dashed GrayText');
document
  .querySelector('.comparison-themed')
  .style.setProperty('--care-comparison-header-surface', 'color-mix(in srgb, #7c3aed 12%, Canvas)');
