import * as z from 'zod';
import { daysAged } from '../internal/age-range.js';
import { forEachEpisodeOfTypes } from '../internal/episodes-of-types.js';
import { isOutsideEngland, placementOf } from '../internal/placement-of.js';
import { defineRule, type RuleFindingDraft } from '../rule.js';

const PLACEHOLDER_URN = 'XXXXXXX';

/**
 * ENG-02: a 16- or 17-year-old in supported accommodation (H5, K3) must be with an Ofsted-registered provider:
 * a URN that is present and not the `XXXXXXX` placeholder. Where settings are given, a setting with that URN
 * recorded as unregistered is a breach too; with `requireRegisterMatch`, so is a URN missing from the settings
 * (use it when the settings are Ofsted's supported accommodation register). Providers whose complete
 * application was accepted by 28 October 2023 (registration `applied`) are covered by the transitional
 * provision (SI 2023/416 reg 44). Registration opened on 28 April 2023; from 28 October 2023 placing a
 * 16–17-year-old in supported accommodation without registration (or a complete application) is unlawful,
 * so the rule is in force from that day. Reg 27C binds English authorities' placements in England only: a
 * placement whose derived placement authority is in Wales, Scotland or Northern Ireland (`placementAuthority`
 * WAL/SCO/NIR or a non-E code) has no Ofsted URN and breaks nothing.
 *
 * @example
 * evaluateRules(dataset, { asOf: '2024-03-31' }, { nation: 'england', rules: [eng02] });
 */
export const eng02 = defineRule({
  id: 'ENG-02',
  title: '16–17-year-old in unregistered supported accommodation',
  nations: ['england'],
  severity: 'breach',
  legalBasis: {
    instrument:
      'Care Planning, Placement and Case Review (England) Regulations 2010, inserted by the Supported Accommodation (England) Regulations 2023 (SI 2023/416) reg 36',
    section: 'reg 27C',
  },
  inForce: { from: '2023-10-28' },
  parameters: z.object({
    places: z.array(z.string()).default(['H5', 'K3']),
    requireRegisterMatch: z.boolean().default(false),
  }),
  evaluate(dataset, { window, parameters, index }) {
    const findings: RuleFindingDraft[] = [];
    forEachEpisodeOfTypes(dataset, parameters.places, window, (episode, overlap, child) => {
      if (!child) return;
      const days = daysAged(child.dateOfBirth, overlap, { min: 16, max: 18 });
      if (!days) return;
      if (isOutsideEngland(placementOf(index, episode)?.placementAuthority)) return;
      const urn = episode.urn?.trim();
      const setting = urn ? index.settingsByUrn.get(urn) : undefined;
      let reason: string | undefined;
      if (!urn || urn.toUpperCase() === PLACEHOLDER_URN) {
        reason = `Aged 16–17 in PLACE ${episode.placementType} with no Ofsted URN recorded (URN blank or ${PLACEHOLDER_URN}).`;
      } else if (setting?.registration === 'unregistered') {
        reason = `Aged 16–17 in PLACE ${episode.placementType} at a setting recorded as unregistered.`;
      } else if (!setting && parameters.requireRegisterMatch) {
        reason = `Aged 16–17 in PLACE ${episode.placementType}; the URN is not on the supported accommodation register given.`;
      }
      if (reason) {
        findings.push({
          childId: episode.childId,
          episodeStart: episode.start,
          ...(setting ? { settingId: setting.id } : {}),
          from: days.start,
          to: days.end,
          reason,
        });
      }
    });
    return findings;
  },
});
