import type { CodeDefinition } from './code-definition.js';
import { defineCode as d } from './define-code.js';

// Descriptions are our own words. `unconfirmed` marks meanings recalled rather than read in a
// primary source (domain brief §1.4 tags [R]/[U]). Yearly changes: validator rule 146 per year.
const PLACE: readonly CodeDefinition[] = [
  d('A3', 'Placed for adoption with consent, with the current foster carer(s)'),
  d('A4', 'Placed for adoption with consent, not with the current foster carer(s)'),
  d('A5', 'Placed for adoption under a placement order, with the current foster carer(s)'),
  d('A6', 'Placed for adoption under a placement order, not with the current foster carer(s)'),
  d('H5', 'Semi-independent living not regulated as a children’s home', { validUntil: '2024-25' }),
  d('K1', 'Secure children’s home'),
  d('K2', 'Children’s home regulated by the Children’s Homes Regulations'),
  d('K3', 'Ofsted-registered supported accommodation (replaces H5)', { validFrom: '2024-25' }),
  d('P1', 'With own parent(s) or another person with parental responsibility'),
  d('P2', 'Independent living: flat, lodgings, bedsit, B&B or with friends', {
    validUntil: '2024-25',
    notForPlacementsAfter: '2023-10-28',
  }),
  d('P3', 'Residential employment'),
  d('R1', 'Residential care home'),
  d('R2', 'NHS or other health establishment giving medical or nursing care'),
  d('R3', 'Family centre or mother-and-baby unit'),
  d('R5', 'Young offender institution'),
  d('S1', 'Residential school, unless also registered as a children’s home'),
  d('T0', 'Temporary move of any kind'),
  d('T1', 'Temporary stay in hospital'),
  d('T2', 'Temporary absence on holiday'),
  d('T3', 'Temporary placement while the usual foster carer is on holiday'),
  d('T4', 'Temporary placement of 7 days or less for another reason'),
  d('U1', 'Fostered by a relative or friend: long-term'),
  d('U2', 'Fostered by a relative or friend who is also an approved adopter (FFA or concurrent planning)'),
  d('U3', 'Fostered by a relative or friend: not long-term, FFA or concurrent', { unconfirmed: true }),
  d('U4', 'Fostered by another foster carer: long-term', { unconfirmed: true }),
  d('U5', 'Fostered by another foster carer who is also an approved adopter (FFA or concurrent planning)', {
    unconfirmed: true,
  }),
  d('U6', 'Fostered by another foster carer: not long-term, FFA or concurrent', { unconfirmed: true }),
  d('Z1', 'Other placement', { validUntil: '2024-25', unconfirmed: true }),
  d('Z11', 'Other placement (one of four replacing Z1; exact meaning unconfirmed)', {
    validFrom: '2025-26',
    unconfirmed: true,
  }),
  d(
    'Z12',
    'Other placement (one of four replacing Z1, allowed under a DoL order; exact meaning unconfirmed)',
    {
      validFrom: '2025-26',
      unconfirmed: true,
    },
  ),
  d(
    'Z13',
    'Other placement (one of four replacing Z1, allowed under a DoL order; exact meaning unconfirmed)',
    {
      validFrom: '2025-26',
      unconfirmed: true,
    },
  ),
  d('Z14', 'Other placement (one of four replacing Z1; exact meaning unconfirmed)', {
    validFrom: '2025-26',
    unconfirmed: true,
  }),
];

const LS: readonly CodeDefinition[] = [
  d('C1', 'Interim care order'),
  d('C2', 'Full care order'),
  d('D1', 'Freeing order granted (not for episodes starting after December 2005)'),
  d('E1', 'Placement order granted'),
  d('V2', 'Accommodated under section 20 CA 1989: a single period'),
  d('V3', 'Agreed series of short breaks, each episode recorded'),
  d('V4', 'Agreed series of short breaks, the agreements recorded'),
  d('L1', 'Under police protection, in local authority accommodation'),
  d('L2', 'Emergency protection order'),
  d('L3', 'Child assessment order, in local authority accommodation'),
  d('J1', 'Remanded to local authority or youth detention accommodation'),
  d('J2', 'In local authority accommodation under PACE 1984'),
  d('J3', 'Youth rehabilitation order with a residence or intensive fostering requirement'),
];

const RNE: readonly CodeDefinition[] = [
  d('S', 'Started to be looked after'),
  d('L', 'Legal status changed, placement the same'),
  d('P', 'Placement and carer changed'),
  d('T', 'Placement changed, carer the same', { unconfirmed: true }),
  d('U', 'Legal status and placement changed, carer the same', { unconfirmed: true }),
  d('B', 'Legal status, placement and carer all changed', { unconfirmed: true }),
];

const REC: readonly CodeDefinition[] = [
  d('X1', 'Episode ended and a new one began the same day'),
  d('E11', 'Adopted: application not opposed', { unconfirmed: true }),
  d('E12', 'Adopted: consent dispensed with by the court', { unconfirmed: true }),
  d('E2', 'Died', { unconfirmed: true }),
  d('E3', 'Care taken over by another UK local authority', { unconfirmed: true }),
  d('E4A', 'Returned home to family as part of the care plan', { unconfirmed: true }),
  d('E4B', 'Returned home to family, not as part of the care plan', { unconfirmed: true }),
  d('E13', 'Left care to live with family without parental responsibility', { unconfirmed: true }),
  d('E41', 'Child arrangements (residence) order', { unconfirmed: true }),
  d('E45', 'Special guardianship order to a former foster carer who is a relative or friend', {
    unconfirmed: true,
  }),
  d('E46', 'Special guardianship order to a former foster carer who is not a relative or friend', {
    unconfirmed: true,
  }),
  d('E47', 'Special guardianship order to another carer who is a relative or friend', { unconfirmed: true }),
  d('E48', 'Special guardianship order to another carer who is not a relative or friend', {
    unconfirmed: true,
  }),
  d('E5', 'Moved to independent living with formal support', { unconfirmed: true }),
  d('E6', 'Moved to independent living without formal support', { unconfirmed: true }),
  d('E7', 'Moved to residential care funded by adult social care', { unconfirmed: true }),
  d('E9', 'Sentenced to custody', { unconfirmed: true }),
  d('E14', 'Remand accommodation ended', { unconfirmed: true }),
  d('E15', 'Age assessment found the young person to be 18 or over', { unconfirmed: true }),
  d('E16', 'Moved abroad', { unconfirmed: true }),
  d('E17', 'Aged 18 or over and stayed with current carers (e.g. Staying Put)', { unconfirmed: true }),
  d('E8', 'Ceased for any other reason', { unconfirmed: true }),
];

const CIN: readonly CodeDefinition[] = [
  d('N1', 'Abuse or neglect'),
  d('N2', 'The child’s disability'),
  d('N3', 'Parental illness or disability'),
  d('N4', 'Family in acute stress'),
  d('N5', 'Family dysfunction'),
  d('N6', 'Socially unacceptable behaviour'),
  d('N7', 'Low income'),
  d('N8', 'Absent parenting'),
];

const PLACE_PROVIDER: readonly CodeDefinition[] = [
  d('PR0', 'Parent(s) or other person with parental responsibility'),
  d('PR1', 'The responsible authority’s own provision'),
  d('PR2', 'Another local authority’s provision'),
  d('PR3', 'Other public provision, such as the NHS'),
  d('PR4', 'Private provider'),
  d('PR5', 'Voluntary or third-sector provider'),
];

const REASON_PLACE_CHANGE: readonly CodeDefinition[] = [
  d('CARPL', 'Moving to carry out the care plan'),
  d('CLOSE', 'The provider resigned or the provision closed'),
  d('ALLEG', 'An allegation (section 47 enquiry)'),
  d('STAND', 'Concern about standards of care'),
  d('APPRR', 'The carer’s approval was removed'),
  d('CREQB', 'The carer asked to end the placement because of the child’s behaviour'),
  d('CREQO', 'The carer asked to end the placement for another reason'),
  d('CHILD', 'The child asked to end the placement'),
  d('LAREQ', 'The responsible or area authority asked to end the placement'),
  d('PLACE', 'Only the placement’s status changed'),
  d('CUSTOD', 'Custody arrangement'),
  d('OTHER', 'Any other reason'),
];

/** The episode-level SSDA903 code lists. */
export const EPISODE_CODE_LISTS = { PLACE, LS, RNE, REC, CIN, PLACE_PROVIDER, REASON_PLACE_CHANGE };
