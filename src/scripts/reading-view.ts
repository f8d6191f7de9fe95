/**
 * The reading view's script: citation previews, and marking the searched
 * words when the page was opened from a search result.
 */
import './citation-preview';
import { highlightSearchTerms } from './highlight-terms';

highlightSearchTerms();
