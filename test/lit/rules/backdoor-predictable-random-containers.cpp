// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A generator's output assigned to a secret-named object of a class type
// (operator=), or appended to a secret-named container (push_back,
// emplace_back, append, +=), as when assigned to a secret-named variable.
#include <random>

struct Text {
  Text &operator=(unsigned v);
  Text &operator+=(char c);
  void append(const char *s);
};
struct Words {
  void push_back(const char *w);
};
struct Session {
  Text session_token;
  Words mnemonic;
  Words sample_words;
  Text display_name;
};
static const char *const kWordlist[4] = {"abandon", "ability", "able", "about"};
static std::mt19937 g_rng(20240101u);

void open_session(Session &s) {
  // ruleid: backdoor-predictable-random
  s.session_token = g_rng();
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: output of 'mersenne_twister_engine' becomes 'session_token'; {{.*}} [backdoor-predictable-random]
  for (int i = 0; i < 12; ++i)
    // ruleid: backdoor-predictable-random
    s.mnemonic.push_back(kWordlist[g_rng() % 4]);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: output of 'mersenne_twister_engine' becomes 'mnemonic'; {{.*}} [backdoor-predictable-random]
  // ok: backdoor-predictable-random (a sample, not a secret)
  s.sample_words.push_back(kWordlist[g_rng() % 4]);
  // ok: backdoor-predictable-random
  s.display_name += 'x';
}

// A word picked from a container (operator[]) by the generator's output:
// as predictable as the index. A word picked by a loop counter is not.
struct Wordlist {
  const char *operator[](unsigned long i) const;
  unsigned long size() const;
};
void recovery_words(Session &s, const Wordlist &wordlist) {
  for (int i = 0; i < 12; ++i)
    // ruleid: backdoor-predictable-random
    s.mnemonic.push_back(wordlist[g_rng() % wordlist.size()]);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: output of 'mersenne_twister_engine' becomes 'mnemonic'; {{.*}} [backdoor-predictable-random]
  for (unsigned long i = 0; i < 12 && i < wordlist.size(); ++i)
    // ok: backdoor-predictable-random
    s.mnemonic.push_back(wordlist[i]);
}
