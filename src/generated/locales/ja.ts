
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'content.unavailable': `この情報は現在ご利用いただけません。`,
'catalogue.fact.treats': `Painful vertebral compression fractures`,
'catalogue.fact.anesthesia': `Light general anaesthesia or local anaesthesia only`,
'catalogue.fact.surgical-time': `Short`,
'catalogue.fact.hospital-stay': `One day or less on average`,
'catalogue.fact.bracing': `No brace needed afterwards`,
'catalogue.fact.return': `Quick return to normal activities`,
'catalogue.fact.specific-risks': `Cement leakage, nerve damage, new vertebral fractures, residual pain`,
'catalogue.fact.candidates': `People with painful, progressive back pain caused by osteoporotic or pathological vertebral compression fractures, often with less mobility and function`,
'catalogue.vertebroplasty.name': `Vertebroplasty`,
'catalogue.vertebroplasty.summary': `Bone cement is injected into a fractured vertebra through a hollow needle to hold the fragments and ease pain.`,
'catalogue.vertebroplasty.how': `A hollow needle is passed through the skin of the back into the fractured vertebra under x-ray guidance, and bone cement (polymethylmethacrylate) is injected.`,
'catalogue.kyphoplasty.name': `Kyphoplasty`,
'catalogue.kyphoplasty.summary': `A balloon first lifts the compressed vertebra towards its normal height, then the space is filled with bone cement.`,
'catalogue.kyphoplasty.how': `Through a hollow needle guided by x-ray, a balloon is inserted and inflated to expand the compressed vertebra to its normal height; the space is then filled with bone cement.`,
'catalogue.kyphoplasty.height': `May help restore a more normal alignment and prevent the deformity from getting worse`,
'catalogue.non-invasive.name': `Non-invasive care`,
'catalogue.non-invasive.summary': `Alternatives the surgeon may discuss: weight loss, pain-relief medication, physical therapy and orthopaedic braces.`,
'catalogue.non-invasive.how': `Weight loss, medication to relieve pain, physical therapy, and orthopaedic braces that support or mobilise the spine without surgery`,
'catalogue.non-invasive.bracing': `Orthopaedic braces may be part of the care`,
'catalogue.risk.cement-leakage': `Cement leakage`,
'catalogue.risk.nerve-damage': `Nerve damage`,
'catalogue.risk.new-fractures': `New vertebral fractures`,
'catalogue.risk.residual-pain': `Pain that remains`,
'catalogue.risk.bleeding': `Bleeding`,
'catalogue.risk.infection': `Infection`,
'catalogue.risk.blood-clots': `Blood clots`,
'catalogue.risk.anesthesia-reaction': `Reactions to anaesthesia`,
'catalogue.row.treats': `What it treats`,
'catalogue.row.how': `How it is done`,
'catalogue.row.balloon': `Balloon used`,
'catalogue.row.height': `Restores vertebral height, helps prevent deformity`,
'catalogue.row.anesthesia': `Anaesthesia`,
'catalogue.row.surgical-time': `Time in surgery`,
'catalogue.row.hospital-stay': `Hospital stay`,
'catalogue.row.bracing': `Brace afterwards`,
'catalogue.row.return': `Return to activity`,
'catalogue.row.specific-risks': `Specific risks`,
'catalogue.row.candidates': `Who it is for`,
    };
  