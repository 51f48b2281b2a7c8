import { describe, expect, test } from 'vitest';
import { validatePartialAnswers } from '../../src/assess/validate-answers.js';

describe('validating an answer file', () => {
  test('a bad stage names the key and the allowed values', () => {
    expect(validatePartialAnswers({ stage: 'postdoc' })).toEqual({
      error: {
        key: 'stage',
        message: 'stage must be one of school, undergrad, masters, industry, phd-student, phd-graduate, other (got "postdoc")',
      },
    });
  });

  test('a skill out of range names skills.<skill>', () => {
    expect(validatePartialAnswers({ skills: { software: 2, ml: 7 } })).toEqual({
      error: { key: 'skills.ml', message: 'skills.ml must be an integer from 0 to 4 (got 7)' },
    });
    expect(validatePartialAnswers({ skills: { theory: 2.5 } })).toMatchObject({ error: { key: 'skills.theory' } });
  });

  test.each([
    [{ top_institution: 'yes' }, 'top_institution', 'true or false'],
    [{ publications: -1 }, 'publications', 'an integer of 0 or more'],
    [{ research_experience: 'lots' }, 'research_experience', 'one of none, some, substantial'],
    [{ interests: ['ideas', 'robotics'] }, 'interests', 'a list of any of infrastructure, implementation, ideas, theory, policy, security'],
    [{ focus: ['alignment'] }, 'focus', 'a list of any of interpretability, evaluations, control'],
    [{ undergrad_year: 5 }, 'undergrad_year', 'an integer from 1 to 4'],
    [{ needs_visa: 'no' }, 'needs_visa', 'true or false'],
    [{ interests: 'ideas' }, 'interests', 'a list of any of'],
    [{ phd: true }, 'phd', 'one of yes, maybe, no'],
    [{ region: 'eu' }, 'region', 'one of us, uk, other'],
    [{ skills: 3 }, 'skills', 'a mapping of software, ml, research, theory'],
  ])('%j is refused under its key', (raw, key, allowed) => {
    const result = validatePartialAnswers(raw);
    expect(result).toMatchObject({ error: { key } });
    expect('error' in result && result.error.message).toContain(allowed);
  });

  test('an unknown key is refused with the known ones, to catch typos', () => {
    expect(validatePartialAnswers({ stgae: 'masters' })).toMatchObject({
      error: { key: 'stgae', message: expect.stringContaining('expected one of stage, undergrad_year, top_institution, skills,') },
    });
    expect(validatePartialAnswers({ skills: { coding: 3 } })).toMatchObject({
      error: { key: 'skills.coding', message: expect.stringContaining('skills.software, skills.ml') },
    });
  });

  test('a file that is not a mapping is refused', () => {
    expect(validatePartialAnswers(['stage'])).toMatchObject({ error: { key: '' } });
    expect(validatePartialAnswers(null)).toMatchObject({ error: { key: '' } });
  });

  test('control characters in a bad value do not reach the message', () => {
    const result = validatePartialAnswers({ stage: 'x\u009b31m\u001b]0;t\u0007' });
    expect('error' in result && result.error.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  test('any valid subset passes as given', () => {
    const partial = { stage: 'undergrad', skills: { ml: 2 }, interests: [], publications: 0 };
    expect(validatePartialAnswers(partial)).toEqual({ ok: partial });
    expect(validatePartialAnswers({})).toEqual({ ok: {} });
  });
});

describe('quoting what the user wrote', () => {
  test('a cut never leaves half of a character beyond the Basic Multilingual Plane', () => {
    // Quoted as JSON, the key's 𐀀 straddles the cut at 40 characters.
    const key = `${'x'.repeat(38)}𐀀tail`;
    const checked = validatePartialAnswers({ [key]: 'undergrad' });
    if (!('error' in checked)) throw new Error('expected an error');
    expect(checked.error.message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(checked.error.message.startsWith(`"${'x'.repeat(38)}…`)).toBe(true);
  });
});
