const NAMES: Record<string, string> = {
  '#1d70b8': 'blue',
  '#5694ca': 'light blue',
  '#d2e2f1': 'pale blue',
  '#8eb8dc': 'mid blue',
  '#f47738': 'orange',
  '#0f7a52': 'green',
  '#54319f': 'purple',
  '#ca357c': 'magenta',
  '#ca3535': 'red',
  '#99704a': 'brown',
  '#158187': 'teal',
  '#484949': 'dark grey',
  '#cecece': 'grey',
  '#0b0c0c': 'black',
};

/** The name of a GOV.UK palette colour, for the caption's key; other colours are "its own colour". */
export function colourName(hex: string | undefined): string {
  return NAMES[(hex ?? '').toLowerCase()] ?? 'its own colour';
}
