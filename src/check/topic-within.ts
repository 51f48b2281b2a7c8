/*
 * Whether a statement of interests goes from an area to a topic within it
 * in one sentence: "I want to study circuits in small language models", "I
 * am interested in how reward models fail". What is read is the clause after
 * the words that state the interest ("study", "interested in"): a question
 * it asks, or a topic placed inside an area. Broad words on both sides ("AI
 * safety in general", "research in my PhD") name only an area.
 */

/** What ends the clause that states the interest: punctuation, or a word that starts a reason or another thought. */
const CLAUSE_END = /[,;:.!?()]|\s(?:because|since|as|so|but|while|although|though|and i|and we|given)\s/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Words that open a question: "how models represent truth", "whether probes find it". */
const QUESTION_WORDS = new Set(['how', 'why', 'whether', 'what', 'when', 'which', 'where']);
/** Words that place a topic inside an area: "circuits in small language models", "deception within multi-agent systems". */
const WITHIN = new Set(['in', 'within', 'inside', 'behind', 'underlying', 'among', 'across']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that name a field or say nothing in particular: "safety in AI" and "research in ML" still name only an area. */
const BROAD = new Set([
  'research',
  'work',
  'working',
  'problems',
  'problem',
  'questions',
  'question',
  'topics',
  'topic',
  'issues',
  'areas',
  'area',
  'field',
  'fields',
  'directions',
  'applications',
  'methods',
  'approaches',
  'ideas',
  'things',
  'safety',
  'alignment',
  'interpretability',
  'robustness',
  'fairness',
  'ethics',
  'security',
  'governance',
  'policy',
  'privacy',
  'reliability',
  'learning',
  'machine',
  'deep',
  'reinforcement',
  'intelligence',
  'artificial',
  'ai',
  'ml',
  'nlp',
  'rl',
  'science',
  'computer',
  'theory',
  'systems',
  'models',
]);
/** Words after "in" that say when, where or how much, not an area: "in general", "in my PhD", "in Professor Lee's group". */
const NOT_AN_AREA = new Set([
  'general',
  'particular',
  'future',
  'detail',
  'depth',
  'practice',
  'order',
  'addition',
  'part',
  'short',
  'long',
  'turn',
  'fact',
  'time',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'this',
  'these',
  'that',
  'those',
  'graduate',
  'grad',
  'phd',
  'doctoral',
  'school',
  'university',
  'program',
  'programme',
  'professor',
  'prof',
  'dr',
  'group',
  'lab',
  'department',
  'collaboration',
  'year',
  'years',
  'way',
  'ways',
]);

/** Whether `after`, the lower-cased words after an interest is stated, name a topic within an area, ask a question or state a claim. */
export function namesTopicWithin(after: string): boolean {
  const [clause = ''] = after.split(CLAUSE_END);
  const words = (clause.match(WORD) ?? []).filter((word) => !ARTICLES.has(word));
  // A question ("how models represent truth"), or a claim to test ("the hypothesis that reward models …").
  if (words.some((word) => QUESTION_WORDS.has(word)) || (words[0] === 'that' && words.length > 3)) return true;
  return words.some((word, at) => {
    if (at === 0 || !WITHIN.has(word)) return false;
    const next = words[at + 1];
    return next !== undefined && !NOT_AN_AREA.has(next) && words.slice(0, at).some((head) => !BROAD.has(head));
  });
}
