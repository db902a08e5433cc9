#!/usr/bin/env python3
"""Tests of bench/realworld.py's matching of findings with verdicts (python3 bench/test_realworld.py)."""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realworld  # noqa: E402


def finding(path, line, rule, source='', message=''):
    return {'path': path, 'line': line, 'rule': rule, 'source': source, 'message': message}


def entry(path, line, rule, verdict='true', match=None):
    e = {'package': 'p', 'path': path, 'line': line, 'rule': rule, 'verdict': verdict,
         'reason': 'r'}
    if match is not None:
        e['match'] = match
    return e


class MatchTest(unittest.TestCase):
    def test_follows_a_shifted_line_by_its_text(self):
        pairs, stale = realworld.match([finding('a.c', 110, 'backdoor-x', 'DES_ecb_encrypt(k)')],
                                       [entry('a.c', 100, 'backdoor-x', match='DES_ecb_encrypt')], 'p')
        self.assertIsNotNone(pairs[0][1])
        self.assertEqual(stale, [])

    def test_text_must_occur(self):
        pairs, stale = realworld.match([finding('a.c', 100, 'backdoor-x', 'RC4(k)')],
                                       [entry('a.c', 100, 'backdoor-x', match='DES_ecb_encrypt')], 'p')
        self.assertIsNone(pairs[0][1])
        self.assertEqual(len(stale), 1)

    def test_too_far_is_not_the_same_finding(self):
        pairs, _ = realworld.match([finding('a.c', 100 + realworld.SLACK + 1, 'backdoor-x', 'f()')],
                                   [entry('a.c', 100, 'backdoor-x', match='f()')], 'p')
        self.assertIsNone(pairs[0][1])

    def test_without_text_the_line_must_be_equal(self):
        pairs, _ = realworld.match([finding('a.c', 101, 'backdoor-x'), finding('a.c', 100, 'backdoor-x')],
                                   [entry('a.c', 100, 'backdoor-x')], 'p')
        self.assertIsNone(pairs[0][1])
        self.assertIsNotNone(pairs[1][1])

    def test_rule_and_path_must_be_equal(self):
        pairs, _ = realworld.match([finding('a.c', 100, 'backdoor-y', 'f()'), finding('b.c', 100, 'backdoor-x', 'f()')],
                                   [entry('a.c', 100, 'backdoor-x', match='f()')], 'p')
        self.assertIsNone(pairs[0][1])
        self.assertIsNone(pairs[1][1])

    def test_two_findings_take_their_nearest_verdicts(self):
        es = [entry('a.c', 535, 'backdoor-x', 'debatable', 'level'), entry('a.c', 539, 'backdoor-x', 'false', 'level')]
        pairs, stale = realworld.match([finding('a.c', 539, 'backdoor-x', 'level(0)'),
                                        finding('a.c', 535, 'backdoor-x', 'level(1)')], es, 'p')
        self.assertEqual(pairs[0][1]['verdict'], 'false')
        self.assertEqual(pairs[1][1]['verdict'], 'debatable')
        self.assertEqual(stale, [])

    def test_each_verdict_is_used_once_before_any_is_reused(self):
        es = [entry('a.c', 100, 'backdoor-x', 'true', 'f('), entry('a.c', 104, 'backdoor-x', 'false', 'f(')]
        pairs, stale = realworld.match([finding('a.c', 100, 'backdoor-x', 'f(a)'),
                                        finding('a.c', 101, 'backdoor-x', 'f(b)')], es, 'p')
        self.assertEqual([e['verdict'] for _, e in pairs], ['true', 'false'])
        self.assertEqual(stale, [])

    def test_message_text_matches_too(self):
        pairs, _ = realworld.match([finding('a.c', 1, 'backdoor-x', 'f(s)', "a 12-byte salt for 'g'")],
                                   [entry('a.c', 1, 'backdoor-x', match='12-byte salt')], 'p')
        self.assertIsNotNone(pairs[0][1])


class VerdictFileTest(unittest.TestCase):
    def load(self, text):
        with tempfile.NamedTemporaryFile('w', suffix='.yaml', delete=False) as f:
            f.write(text)
        try:
            return realworld.load_verdicts(f.name)
        finally:
            os.unlink(f.name)

    def test_the_repository_file_loads(self):
        packages, entries = realworld.load_verdicts()
        self.assertGreaterEqual(len(packages), 14)
        self.assertTrue(all(e['package'] in packages for e in entries))

    def test_unknown_verdict_is_refused(self):
        with self.assertRaises(SystemExit):
            self.load('findings:\n- {package: p, path: a.c, line: 1, rule: r, verdict: maybe, reason: x}\n')

    def test_missing_reason_is_refused(self):
        with self.assertRaises(SystemExit):
            self.load('findings:\n- {package: p, path: a.c, line: 1, rule: r, verdict: true}\n')


if __name__ == '__main__':
    unittest.main()
