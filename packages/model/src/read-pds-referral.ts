import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { toDate } from './internal/calendar.js';
import type { Issue, IssueLocation, Result } from './issue.js';
import { PdsReferral } from './pds-v2.js';
import { PDS_V2_LABELS, PDS_V2_RISK_FIELDS } from './pds-v2-labels.js';
import { Referral, type ReferralInput } from './referral.js';
import type { Risk } from './referral-codes.js';
import { issuesFromZodError } from './zod-issues.js';

/**
 * Options for {@link readPdsReferral}.
 *
 * @example
 * readPdsReferral(json, { id: 'R-2025-0042', location: { file: 'referral.json' } });
 */
export interface ReadPdsReferralOptions {
  /** The referral's id. Default `PDS-<childId>-<referralDate>`. */
  id?: string;
  /** Merged into every issue's location (its `path` prefixes the issue's). Default `{}`. */
  location?: IssueLocation;
}

/** Days after the referral date that each PDS `neededBy` band is taken to mean (the earliest date it allows). */
const NEEDED_BY_DAYS = { today: 0, 'within-5-days': 4, 'more-than-5-days': 5 } as const;
const NATION = { E: 'england', W: 'wales', S: 'scotland', N: 'northern-ireland' } as const;

/**
 * Reads a Placements Data Standard v2 referral — its PlacementAvailability, PlacementRequirements,
 * PlacementRecommendation and Risks, with the child's details in `child` and the `referralDate` — into a
 * {@link Referral}. Labels must be written exactly as the standard writes them; an unknown label, a missing
 * field or an unknown key is a located issue and the value is `undefined`. The date needed is the referral
 * date for "Today", 4 days later for "in less than 5 days" and 5 days later for "in more than 5 days"; an
 * absent `neededBy` is read as "Today" with a warning. Free-text other risks become the `other` risk; their
 * text is not kept.
 *
 * @example
 * const { value, issues } = readPdsReferral(JSON.parse(text), { location: { file: 'referral.json' } });
 */
export function readPdsReferral(
  input: unknown,
  options: ReadPdsReferralOptions = {},
): Result<Referral | undefined> {
  const location = options.location ?? {};
  const parsed = PdsReferral.safeParse(input);
  if (!parsed.success) return { value: undefined, issues: issuesFromZodError(parsed.error, { location }) };
  const pds = parsed.data;
  const issues: Issue[] = [];
  const at = (path: (string | number)[]): IssueLocation => ({
    ...location,
    path: [...(location.path ?? []), ...path],
  });
  const availability = pds.PlacementAvailability;
  const requirements = pds.PlacementRequirements;
  const recommendation = pds.PlacementRecommendation;
  if (!availability.neededBy)
    issues.push({
      code: 'pds.needed-by-missing',
      severity: 'warning',
      message: 'PlacementAvailability.neededBy is not given, so the placement is taken to be needed today.',
      location: at(['PlacementAvailability', 'neededBy']),
    });
  const urgency = availability.neededBy ? PDS_V2_LABELS.neededBy[availability.neededBy] : 'today';
  const comms = requirements.specificCommunicationRequirements.map(
    (l) => PDS_V2_LABELS.specificCommunicationRequirements[l],
  );
  if (comms.includes('none') && comms.length > 1)
    issues.push({
      code: 'pds.none-with-others',
      severity: 'warning',
      message: 'specificCommunicationRequirements lists None beside other requirements; the others are kept.',
      location: at(['PlacementRequirements', 'specificCommunicationRequirements']),
    });
  const support = requirements.additionalSupport
    ? PDS_V2_LABELS.additionalSupport[requirements.additionalSupport]
    : 'none';
  const risks: Risk[] = [];
  for (const [field, risk] of Object.entries(PDS_V2_RISK_FIELDS))
    if (PDS_V2_LABELS.risk[pds.Risks[field as keyof typeof PDS_V2_RISK_FIELDS]]) risks.push(risk);
  if (pds.Risks.riskOther?.trim() || pds.Risks.riskToOthersOther?.trim()) risks.push('other');
  const referral: ReferralInput = {
    id: options.id ?? `PDS-${availability.childId}-${pds.referralDate}`,
    childId: String(availability.childId),
    dateOfBirth: pds.child.dateOfBirth,
    sex: pds.child.sex,
    neededBy: format(addDays(toDate(pds.referralDate), NEEDED_BY_DAYS[urgency]), 'yyyy-MM-dd'),
    urgency,
    responsibleAuthority: pds.child.responsibleAuthority,
    nation: NATION[pds.child.responsibleAuthority[0] as keyof typeof NATION],
    siblingCount: availability.siblingCount ?? 0,
    home: { postcode: pds.child.homePostcode },
    ...(availability.preferredLocation
      ? { preferredLocation: { postcode: availability.preferredLocation } }
      : {}),
    communicationNeeds: PDS_V2_LABELS.communicationNeeds[requirements.communicationNeeds],
    communicationRequirements: comms.filter((c) => c !== 'none'),
    homeAdaptation: requirements.homeAdaptation,
    culturalNeeds: PDS_V2_LABELS.culturalNeeds[requirements.culturalNeeds],
    livingCompanions: PDS_V2_LABELS.livingCompanions[requirements.livingCompanions],
    pets: PDS_V2_LABELS.pets[requirements.pets],
    additionalSupport: support === 'none' ? [] : [support],
    deprivationOfLiberty: requirements.deprivationOfLiberty ?? false,
    risks,
    suitability: {
      foster: PDS_V2_LABELS.suitability[recommendation.fosterCareSuitability],
      residential: PDS_V2_LABELS.suitability[recommendation.residentialCareSuitability],
      supportedAccommodation: PDS_V2_LABELS.suitability[recommendation.supportedAccommodationSuitability],
    },
  };
  const checked = Referral.safeParse(referral);
  if (!checked.success)
    return { value: undefined, issues: [...issues, ...issuesFromZodError(checked.error, { location })] };
  return { value: checked.data, issues };
}
