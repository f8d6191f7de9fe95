/**
 * "Cite this" copy buttons: each `button[data-copy]` copies the text of the
 * element whose id it names. The buttons stay hidden without JavaScript,
 * where the text can still be selected by hand.
 */
const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy]');
for (const button of buttons) {
  button.hidden = false;
  button.addEventListener('click', async () => {
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
  });
}
