/** DOMAIN.md confidence labels: V verified against the full text, S secondary source, M to be confirmed. */
export type Confidence = 'V' | 'S' | 'M';
