// Mock of the few std:: templates that the C++ test cases and the library
// mocks use: declarations only, so tests parse without a C++ standard library.
#ifndef MOCK_STD_H
#define MOCK_STD_H
namespace std {
template <class C> struct char_traits {};
template <class C> struct allocator {};
template <class C, class T = char_traits<C>, class A = allocator<C>> class basic_string {
public:
  basic_string();
  basic_string(const C *s);
  basic_string(const basic_string &);
  int compare(const C *s) const;
  const C *c_str() const;
  const C *data() const;
  decltype(sizeof 0) size() const;
  decltype(sizeof 0) length() const;
};
typedef basic_string<char> string;
template <class C, class T, class A> bool operator==(const basic_string<C, T, A> &, const C *);
template <class C, class T, class A> bool operator!=(const basic_string<C, T, A> &, const C *);
template <class E> class initializer_list {
  const E *Begin;
  decltype(sizeof 0) Size;
public:
  initializer_list();
};
template <class T> class shared_ptr {
public:
  T *operator->() const;
};
template <class T, class A = allocator<T>> class vector {
public:
  vector();
  vector(initializer_list<T> init);
  vector(const T *first, const T *last);
  const T *data() const;
  T *data();
  void push_back(const T &v);
  template <class... Args> T &emplace_back(Args &&...args);
  unsigned long size() const;
};
template <class T> struct default_delete {};
template <class T, class D = default_delete<T>> class unique_ptr {
public:
  unique_ptr();
  explicit unique_ptr(T *p);
  unique_ptr(T *p, D d);
  T *operator->() const;
  T *get() const;
};
template <class T, class... A> unique_ptr<T> make_unique(A &&...args);
template <class T, class... A> shared_ptr<T> make_shared(A &&...args);
template <class C, class T = char_traits<C>> class basic_ostream {
public:
  basic_ostream &operator<<(int);
  basic_ostream &operator<<(unsigned);
  basic_ostream &operator<<(const void *);
  basic_ostream &operator<<(basic_ostream &(*manip)(basic_ostream &));
  basic_ostream &write(const C *s, long n);
};
typedef basic_ostream<char> ostream;
template <class C, class T> basic_ostream<C, T> &operator<<(basic_ostream<C, T> &, const C *);
template <class C, class T, class A>
basic_ostream<C, T> &operator<<(basic_ostream<C, T> &, const basic_string<C, T, A> &);
extern ostream cout, cerr, clog;
ostream &hex(ostream &);
ostream &endl(ostream &);
template <class C, class T = char_traits<C>> class basic_istream {
public:
  basic_istream &operator>>(int &);
  basic_istream &operator>>(unsigned &);
};
typedef basic_istream<char> istream;
template <class C, class T, class A>
basic_istream<C, T> &operator>>(basic_istream<C, T> &, basic_string<C, T, A> &);
extern istream cin;
template <class C, class T = char_traits<C>> class basic_ifstream : public basic_istream<C, T> {
public:
  explicit basic_ifstream(const char *path);
};
typedef basic_ifstream<char> ifstream;
template <class C, class T = char_traits<C>> class basic_ofstream : public basic_ostream<C, T> {
public:
  explicit basic_ofstream(const char *path);
};
typedef basic_ofstream<char> ofstream;
template <class C, class T = char_traits<C>, class A = allocator<C>>
class basic_ostringstream : public basic_ostream<C, T> {
public:
  basic_ostringstream();
  basic_string<C, T, A> str() const;
};
typedef basic_ostringstream<char> ostringstream;
template <class F> class function;
template <class R, class... A> class function<R(A...)> {
public:
  function();
  template <class F> function(F f);
  R operator()(A... args) const;
};
template <class T> class optional {
public:
  optional();
  optional(const T &v);
  optional &operator=(const T &v);
  explicit operator bool() const;
  T &operator*();
  const T &operator*() const;
  T *operator->();
  const T *operator->() const;
  T &value();
  const T &value() const;
  template <class U> T value_or(U &&d) const;
};
} // namespace std
#endif
