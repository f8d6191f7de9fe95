import { describe, expect, it, vi } from 'vitest';
import { renderWithClaims } from '../support/render';

// Astro's processor logs a failure before rethrowing it; the tests read the error itself.
vi.spyOn(console, 'error').mockImplementation(() => {});

describe('rehype-anchor-claims', () => {
  it('wraps a quote in an element with the claim id', async () => {
    const html = await renderWithClaims('Kabul River is important. Dams will cut the flow.', [
      { id: 'dams-cut-flow', quote: { exact: 'Dams will cut the flow.' } },
    ]);
    expect(html).toContain('<p>Kabul River is important. <span class="claim" id="dams-cut-flow">Dams will cut the flow.</span></p>');
  });

  it('sees through emphasis inside the quote', async () => {
    const html = await renderWithClaims('The talks were *held* in Istanbul.', [
      { id: 'istanbul', quote: { exact: 'talks were held in Istanbul' } },
    ]);
    expect(html).toContain('The <span class="claim" id="istanbul">talks were <em>held</em> in Istanbul</span>.');
  });

  it('splits a link at the quote’s edge when the quote starts inside it', async () => {
    const html = await renderWithClaims('See [the Dawn report on talks](https://www.dawn.com/x) for more.', [
      { id: 'report', quote: { exact: 'report on talks for more' } },
    ]);
    expect(html).toContain(
      '<a href="https://www.dawn.com/x">the Dawn </a><span class="claim" id="report"><a href="https://www.dawn.com/x">report on talks</a> for more</span>.',
    );
  });

  it('matches a straight-quoted quote against smartypants’ curly quotes', async () => {
    const html = await renderWithClaims(`The adversary's "red lines" matter.`, [
      { id: 'red-lines', quote: { exact: `adversary's "red lines"` } },
    ]);
    expect(html).toContain('<span class="claim" id="red-lines">adversary’s “red lines”</span>');
  });

  it('anchors two claims in one paragraph and a claim in a list item', async () => {
    const html = await renderWithClaims('- First point here.\n\nOne claim. Another claim.', [
      { id: 'second', quote: { exact: 'Another claim.' } },
      { id: 'first', quote: { exact: 'One claim.' } },
      { id: 'point', quote: { exact: 'First point here.' } },
    ]);
    expect(html).toContain('<li><span class="claim" id="point">First point here.</span></li>');
    expect(html).toContain('<p><span class="claim" id="first">One claim.</span> <span class="claim" id="second">Another claim.</span></p>');
  });

  it('uses prefix and suffix to pick one of two repeats', async () => {
    const html = await renderWithClaims('Talks resumed. Talks resumed again.', [
      { id: 'again', quote: { exact: 'Talks resumed', suffix: 'again' } },
    ]);
    expect(html).toContain('Talks resumed. <span class="claim" id="again">Talks resumed</span> again.');
  });

  it('never matches across two blocks', async () => {
    await expect(
      renderWithClaims('End of one.\n\nStart of two.', [{ id: 'across', quote: { exact: 'one. Start' } }]),
    ).rejects.toThrow(/quote not found/);
  });

  it('fails on a missing quote, naming the file, the claim and the closest text', async () => {
    const error = await renderWithClaims('The mediation ofTurkey and Qatar is ongoing.', [
      { id: 'kp-mediation', quote: { exact: 'The mediation of Turkey and Qatar' } },
    ]).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/annotations\.yaml: claim "kp-mediation": quote not found/);
    expect((error as Error).message).toMatch(/closest text is "The mediation ofTurkey and Qatar/);
  });

  it('fails on a quote that matches twice, showing both places', async () => {
    const error = await renderWithClaims('Talks resumed. Later, talks resumed. Talks resumed.', [
      { id: 'twice', quote: { exact: 'Talks resumed.' } },
    ]).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/claim "twice": quote matches 2 places/);
    expect((error as Error).message).toMatch(/prefix/);
  });

  it('fails when two claims share words', async () => {
    await expect(
      renderWithClaims('One two three four.', [
        { id: 'a', quote: { exact: 'One two three' } },
        { id: 'b', quote: { exact: 'three four' } },
      ]),
    ).rejects.toThrow(/claim "b": its quote overlaps the quote of claim "a"/);
  });

  it('fails when a claim id is a heading’s id', async () => {
    await expect(
      renderWithClaims('## Way Forward\n\nDirect dialogue is needed.', [{ id: 'way-forward', quote: { exact: 'Direct dialogue' } }]),
    ).rejects.toThrow(/claim "way-forward": this id is already the id of an element/);
  });

  it('gives every heading an id and a permalink with an accessible name', async () => {
    const html = await renderWithClaims('## Way Forward:\n\nText.');
    const link = html.match(/<h2 id="way-forward">Way Forward:(<a[^>]*>)/)?.[1];
    expect(link).toContain('href="#way-forward"');
    expect(link).toContain('aria-label="Link to the section “Way Forward:”"');
  });

  it('refuses raw HTML in the brief', async () => {
    await expect(renderWithClaims('Hello <script>alert(1)</script> world.')).rejects.toThrow(/brief\.md: line 1: raw HTML is not allowed/);
  });

  it('refuses a javascript: link', async () => {
    await expect(renderWithClaims('[click](javascript:alert(1))')).rejects.toThrow(/is not an http\(s\) address/);
  });
});
