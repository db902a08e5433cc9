// Mock of the few std:: templates that the C++ test cases and the library
// mocks use: declarations only, so tests parse without a C++ standard library.
#ifndef MOCK_STD_H
#define MOCK_STD_H
namespace std {
template <class C> struct char_traits {};
template <class C> struct allocator {};
template <class C, class T = char_traits<C>, class A = allocator<C>> class basic_string {
public:
  basic_string(const C *s);
  basic_string(const basic_string &);
  int compare(const C *s) const;
  const C *c_str() const;
  const C *data() const;
};
typedef basic_string<char> string;
template <class C, class T, class A> bool operator==(const basic_string<C, T, A> &, const C *);
template <class C, class T, class A> bool operator!=(const basic_string<C, T, A> &, const C *);
template <class T, class A = allocator<T>> class vector {
public:
  vector();
  const T *data() const;
};
template <class T> class unique_ptr {
public:
  T *operator->() const;
};
} // namespace std
#endif
