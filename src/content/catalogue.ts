import {msg} from '@lit/localize';
import {currentLocale, isLocaleReady} from '../localization/localization.js';
import type {ContentDocument, Fact, Risk} from './types.js';

// Built once per locale: every widget on a page shares it (read-only).
const built = new Map<string, ContentDocument>();

/**
 * The built-in catalogue: what the hospital's vertebroplasty and kyphoplasty
 * page states, and nothing more. Its text goes through msg() so that it is
 * translated in the XLIFF files with everything else and each locale's text
 * ships only in that locale's chunk. Call it during a widget's update, when
 * the widget's locale is current.
 */
export function builtInContent(): ContentDocument {
  // A locale whose messages failed to load shows English; keyed apart, so it
  // is built again in its own language if they arrive later.
  const key = `${currentLocale()}:${isLocaleReady(currentLocale())}`;
  let document = built.get(key);
  if (!document) built.set(key, (document = build()));
  return document;
}

function build(): ContentDocument {
  const seedRating = {value: 7.82, max: 10, count: 11};
  const risk = (id: string, kind: Risk['kind'], name: string): Risk => ({id, kind, name});
  const text = (value: string): Fact => ({text: value});

  const shared: Record<string, Fact> = {
    treats: text(
      msg('Painful vertebral compression fractures', {
        id: 'catalogue.fact.treats',
        desc: 'Comparison cell: the condition the procedure treats.',
      }),
    ),
    anesthesia: text(
      msg('Light general anaesthesia or local anaesthesia only', {
        id: 'catalogue.fact.anesthesia',
        desc: 'Comparison cell: kind of anaesthesia.',
      }),
    ),
    'surgical-time': text(
      msg('Short', {id: 'catalogue.fact.surgical-time', desc: 'Comparison cell: the procedure takes a short time.'}),
    ),
    'hospital-stay': text(
      msg('One day or less on average', {
        id: 'catalogue.fact.hospital-stay',
        desc: 'Comparison cell: average hospital stay.',
      }),
    ),
    bracing: {
      value: 'no',
      text: msg('No brace needed afterwards', {
        id: 'catalogue.fact.bracing',
        desc: 'Comparison cell: no brace is required after the procedure.',
      }),
    },
    'return-to-activity': text(
      msg('Quick return to normal activities', {id: 'catalogue.fact.return', desc: 'Comparison cell: recovery time.'}),
    ),
    'specific-risks': text(
      msg('Cement leakage, nerve damage, new vertebral fractures, residual pain', {
        id: 'catalogue.fact.specific-risks',
        desc: 'Comparison cell: list of specific risks.',
      }),
    ),
    candidates: text(
      msg(
        'People with progressive back pain caused by osteoporotic or pathological vertebral compression fractures, often with much less mobility and function',
        {
          id: 'catalogue.fact.candidates',
          desc: 'Comparison cell: who is usually offered the procedure.',
        },
      ),
    ),
  };
  const specificRisks = ['cement-leakage', 'nerve-damage', 'new-fractures', 'residual-pain'];
  const generalRisks = ['bleeding', 'infection', 'blood-clots', 'anesthesia-reaction'];

  return {
    version: 1,
    procedures: [
      {
        id: 'vertebroplasty',
        name: msg('Vertebroplasty', {id: 'catalogue.vertebroplasty.name', desc: 'Procedure name.'}),
        summary: msg(
          'Bone cement is injected into a fractured vertebra through a hollow needle to hold the fragments and ease pain.',
          {
            id: 'catalogue.vertebroplasty.summary',
            desc: 'One-sentence summary of vertebroplasty.',
          },
        ),
        facts: {
          ...shared,
          how: text(
            msg(
              'A hollow needle is passed through the skin of the back into the fractured vertebra under x-ray guidance, and bone cement (polymethylmethacrylate) is injected.',
              {
                id: 'catalogue.vertebroplasty.how',
                desc: 'Comparison cell: how vertebroplasty is done.',
              },
            ),
          ),
          balloon: {value: 'no'},
        },
        risks: [...specificRisks, ...generalRisks],
        rating: seedRating,
      },
      {
        id: 'kyphoplasty',
        name: msg('Kyphoplasty', {id: 'catalogue.kyphoplasty.name', desc: 'Procedure name.'}),
        summary: msg(
          'A balloon first lifts the compressed vertebra towards its normal height, then the space is filled with bone cement.',
          {
            id: 'catalogue.kyphoplasty.summary',
            desc: 'One-sentence summary of kyphoplasty.',
          },
        ),
        facts: {
          ...shared,
          how: text(
            msg(
              'Through a hollow needle guided by x-ray, a balloon is inserted and inflated to expand the compressed vertebra to its normal height; the space is then filled with bone cement.',
              {
                id: 'catalogue.kyphoplasty.how',
                desc: 'Comparison cell: how kyphoplasty is done.',
              },
            ),
          ),
          balloon: {value: 'yes'},
          height: {
            value: 'yes',
            text: msg('May help restore a more normal alignment and prevent the deformity from getting worse', {
              id: 'catalogue.kyphoplasty.height',
              desc: 'Comparison cell: kyphoplasty may restore spinal alignment and prevent worsening kyphotic deformity.',
            }),
          },
        },
        risks: [...specificRisks, ...generalRisks],
        rating: seedRating,
      },
      {
        id: 'non-invasive-care',
        name: msg('Non-invasive care', {
          id: 'catalogue.non-invasive.name',
          desc: 'Name of the group of alternatives to surgery.',
        }),
        summary: msg(
          'Alternatives the surgeon may discuss: weight loss, pain-relief medication, physical therapy and orthopaedic braces.',
          {
            id: 'catalogue.non-invasive.summary',
            desc: 'Summary of the non-invasive alternatives.',
          },
        ),
        facts: {
          how: text(
            msg(
              // Two sentences: the seed says only physical therapy and braces may
              // decompress or mobilise the spine, not weight loss or medication.
              'Weight loss and medication to relieve pain. Physical therapy and orthopaedic braces may help decompress or mobilise the spine without surgery.',
              {
                id: 'catalogue.non-invasive.how',
                desc: 'Comparison cell: what non-invasive care consists of.',
              },
            ),
          ),
          balloon: {value: 'no'},
          bracing: text(
            msg('Orthopaedic braces may be part of the care', {
              id: 'catalogue.non-invasive.bracing',
              desc: 'Comparison cell: braces may be used.',
            }),
          ),
        },
      },
    ],
    risks: [
      risk(
        'cement-leakage',
        'specific',
        msg('Cement leakage', {id: 'catalogue.risk.cement-leakage', desc: 'Risk name.'}),
      ),
      risk('nerve-damage', 'specific', msg('Nerve damage', {id: 'catalogue.risk.nerve-damage', desc: 'Risk name.'})),
      risk(
        'new-fractures',
        'specific',
        msg('New vertebral fractures', {id: 'catalogue.risk.new-fractures', desc: 'Risk name.'}),
      ),
      risk(
        'residual-pain',
        'specific',
        msg('Pain that remains', {
          id: 'catalogue.risk.residual-pain',
          desc: 'Risk name: residual pain after the procedure.',
        }),
      ),
      risk('bleeding', 'general', msg('Bleeding', {id: 'catalogue.risk.bleeding', desc: 'Risk name.'})),
      risk('infection', 'general', msg('Infection', {id: 'catalogue.risk.infection', desc: 'Risk name.'})),
      risk('blood-clots', 'general', msg('Blood clots', {id: 'catalogue.risk.blood-clots', desc: 'Risk name.'})),
      risk(
        'anesthesia-reaction',
        'general',
        msg('Reactions to anaesthesia', {id: 'catalogue.risk.anesthesia-reaction', desc: 'Risk name.'}),
      ),
    ],
    comparisonRows: [
      {id: 'treats', label: msg('What it treats', {id: 'catalogue.row.treats', desc: 'Comparison row label.'})},
      {id: 'how', label: msg('How it is done', {id: 'catalogue.row.how', desc: 'Comparison row label.'})},
      {
        id: 'balloon',
        label: msg('Balloon used', {
          id: 'catalogue.row.balloon',
          desc: 'Comparison row label: whether a balloon is inserted.',
        }),
      },
      {
        id: 'height',
        label: msg('Vertebral height and alignment', {id: 'catalogue.row.height', desc: 'Comparison row label.'}),
      },
      {id: 'anesthesia', label: msg('Anaesthesia', {id: 'catalogue.row.anesthesia', desc: 'Comparison row label.'})},
      {
        id: 'surgical-time',
        label: msg('Time in surgery', {id: 'catalogue.row.surgical-time', desc: 'Comparison row label.'}),
      },
      {
        id: 'hospital-stay',
        label: msg('Hospital stay', {id: 'catalogue.row.hospital-stay', desc: 'Comparison row label.'}),
      },
      {
        id: 'bracing',
        // Not "afterwards": the row also describes non-invasive care, where braces are the care.
        label: msg('Brace', {
          id: 'catalogue.row.bracing',
          desc: 'Comparison row label: whether an orthopaedic brace is worn (after a procedure, or as non-invasive care).',
        }),
      },
      {
        id: 'return-to-activity',
        label: msg('Return to activity', {id: 'catalogue.row.return', desc: 'Comparison row label.'}),
      },
      {
        id: 'specific-risks',
        label: msg('Specific risks', {id: 'catalogue.row.specific-risks', desc: 'Comparison row label.'}),
      },
      {id: 'candidates', label: msg('Who it is for', {id: 'catalogue.row.candidates', desc: 'Comparison row label.'})},
    ],
  };
}
