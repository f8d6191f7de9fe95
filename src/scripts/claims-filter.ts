/**
 * Narrows the claims table by kind, topic and evidence. Without JavaScript
 * the form stays hidden and the whole table shows; topic pages still narrow.
 */
const form = document.querySelector<HTMLElement>('.claims-filter');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('.claims-table tbody tr')];

if (form) {
  const count = form.querySelector('output')!;
  const apply = () => {
    const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
    const kind = value('kind');
    const topic = value('topic');
    const evidence = value('evidence');
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!kind || row.dataset.kind === kind) &&
        (!topic || (row.dataset.topics ?? '').split(' ').includes(topic)) &&
        (!evidence || (row.dataset.evidence ?? '').split(' ').includes(evidence));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.value = `${shown} of ${rows.length} claims`;
  };
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
}

export {};
