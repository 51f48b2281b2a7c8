import type { MarkedExtension, Token, TokenizerAndRendererExtension } from 'marked';
import { stripControls } from './sanitize.js';

/*
 * What static sites and note apps write beyond CommonMark, read as marked
 * tokens (marked's own extension points), for the terminal renderer and
 * for plain text (search passages, summaries) alike: mkdocs' admonitions,
 * Jekyll's highlight blocks, shortcodes and Liquid tags, links whose
 * address a template makes, and the callout marker of a quote.
 */

/** `> [!NOTE]`, `> [!tip]-` or `> [!info] A title`: GitHub's alerts and Obsidian's callouts, whose kind is any word. */
export const CALLOUT = /^\[!([A-Za-z][\w-]{0,30})\][+-]?[ \t]*([^\n]*)/;

/** A callout: a quote with a kind and perhaps a title (a GitHub alert, an Obsidian callout, an mkdocs admonition). */
export interface Callout {
  type: 'callout';
  raw: string;
  kind: string;
  title: string;
  tokens: Token[];
}

/** `!!! kind "Title"` and the lines indented under it (blank lines between them too). */
const ADMONITION =
  /^ {0,3}(?:!!!|\?\?\?\+?) ?([A-Za-z][\w-]{0,30})(?:[ \t]+[^"\n]*?)?(?:[ \t]+"([^"\n]*)")?[ \t]*\n((?:(?:[ \t]*\n)*(?: {4}|\t)[^\n]*(?:\n|$))*)/;

/** mkdocs' admonitions (`!!! note "A title"`, or `???` folded), their body indented under them, as a callout token. */
const admonition: TokenizerAndRendererExtension = {
  name: 'admonition',
  level: 'block',
  start: (src: string) => src.match(/^ {0,3}(?:!!!|\?\?\?\+?) ?[A-Za-z]/m)?.index,
  tokenizer(src: string) {
    const found = ADMONITION.exec(src);
    if (!found) return undefined;
    const body = (found[3] ?? '').replace(/^(?: {4}|\t)/gm, '');
    return { type: 'callout', raw: found[0], kind: found[1], title: stripControls(found[2] ?? ''), tokens: this.lexer.blockTokens(body, []) };
  },
};

/** A Hugo shortcode (`{{< figure … >}}`, `{{% notice %}}`) or a Liquid tag (`{% include … %}`). */
const TEMPLATE_TAG = /^(?:\{\{[<%][\s\S]{0,500}?[>%]\}\}|\{%[\s\S]{0,500}?%\})/;
/** A link whose address a site's template makes (`[text]({{ '/docs/' | relative_url }})`): the address is unknown until the site is built. */
const TEMPLATE_LINK = /^\[([^\]\n]{0,500})\]\(\s*(?:\{\{[\s\S]{0,500}?\}\}|\{%[\s\S]{0,500}?%\})[^)\n]{0,500}\)/;
/** Jekyll's code block: `{% highlight python %}`, its lines, `{% endhighlight %}`. */
const HIGHLIGHT = /^ {0,3}\{%-?\s*highlight\b[^%\n]*%\}[ \t]*\n([\s\S]{0,20000}?)\n? {0,3}\{%-?\s*endhighlight\s*-?%\}[ \t]*(?:\n+|$)/;

/**
 * A static site's templates, which only its build can fill: shortcodes and
 * Liquid tags are left out (a paired one keeps the text between its tags),
 * and a link made by a template is its text alone. Liquid's `{{ value }}`
 * is text to a reader and is kept as written; its highlight block is a
 * code block. The callout token's renderer is the terminal's own.
 */
export const siteMarkup: MarkedExtension = {
  extensions: [
    admonition,
    {
      name: 'liquidHighlight',
      level: 'block',
      start: (src: string) => src.match(/^ {0,3}\{%-?\s*highlight\b/m)?.index,
      tokenizer(src: string) {
        const block = HIGHLIGHT.exec(src);
        return block ? { type: 'code', raw: block[0], text: block[1] ?? '', codeBlockStyle: 'indented' } : undefined;
      },
    },
    {
      name: 'templateTag',
      level: 'inline',
      start: (src: string) => src.match(/\{[{%]/)?.index,
      tokenizer(src: string) {
        const tag = TEMPLATE_TAG.exec(src);
        return tag ? { type: 'templateTag', raw: tag[0] } : undefined;
      },
      renderer: () => '',
    },
    {
      name: 'templateLink',
      level: 'inline',
      // No start: marked's text already stops before every `[`, where this is tried.
      tokenizer(src: string) {
        const link = TEMPLATE_LINK.exec(src);
        return link ? { type: 'templateLink', raw: link[0], tokens: this.lexer.inlineTokens(link[1] ?? '') } : undefined;
      },
      renderer(token) {
        return this.parser.parseInline(token.tokens ?? []);
      },
    },
  ],
};
