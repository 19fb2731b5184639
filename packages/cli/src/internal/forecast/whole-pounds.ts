/** Pence as whole pounds for the forecast's tables (`£12,345`); empty where there is no figure. */
export const wholePounds = (pence: number | undefined): string =>
  pence === undefined ? '' : `£${Math.round(pence / 100).toLocaleString('en-GB')}`;
