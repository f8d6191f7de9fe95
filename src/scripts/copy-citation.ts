/**
 * "Cite this" copy buttons: a `button[data-copy]` copies the text of the
 * element whose id it names. Loaded by `enhance.ts` on the first click, so
 * the first view fetches nothing for it; without JavaScript the buttons stay
 * hidden and the text can be selected by hand.
 */
export async function copyCitation(button: HTMLButtonElement): Promise<void> {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('.copy-status');
  if (!source) return;
  try {
    await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
    if (status) status.textContent = 'Copied.';
  } catch {
    // No clipboard (an insecure origin, or permission refused): select the text for a manual copy.
    getSelection()?.selectAllChildren(source);
    if (status) status.textContent = 'Selected: press Ctrl+C or ⌘C to copy.';
  }
}
