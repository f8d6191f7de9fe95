/** Labels for back-links from a reference to the claims citing it, Wikipedia style: ^ a b c … z aa ab. */
export function backlinkLabel(position: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let label = '';
  let n = position;
  do {
    label = letters[n % 26] + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}
