// Mock of Crypto++'s filter pipelines: sources pump data through attached
// filters (owned through pointers made with new) into sinks.
#ifndef MOCK_CRYPTOPP_FILTERS_H
#define MOCK_CRYPTOPP_FILTERS_H
#include <cryptopp/aes.h>
// No <string> or <vector>: the libc mocks beside these headers would shadow
// what libstdc++ includes. StringSink over std::string is tested against the
// real headers (test/lit/smoke/cryptopp-real-pipelines.cpp).
namespace CryptoPP {
class BufferedTransformation {
public:
  virtual ~BufferedTransformation();
  size_t Put(const byte *inString, size_t length);
  bool MessageEnd();
};
class Filter : public BufferedTransformation {
public:
  Filter(BufferedTransformation *attachment = nullptr);
};
class StringSource : public BufferedTransformation {
public:
  StringSource(const char *string, bool pumpAll, BufferedTransformation *attachment = nullptr);
  StringSource(const byte *string, size_t length, bool pumpAll,
               BufferedTransformation *attachment = nullptr);
};
typedef StringSource ArraySource;
template <class T> class StringSinkTemplate : public BufferedTransformation {
public:
  StringSinkTemplate(T &output);
};
class ArraySink : public BufferedTransformation {
public:
  ArraySink(byte *buf = nullptr, size_t size = 0);
};
class HexDecoder : public Filter {
public:
  HexDecoder(BufferedTransformation *attachment = nullptr);
};
class HexEncoder : public Filter {
public:
  HexEncoder(BufferedTransformation *attachment = nullptr, bool uppercase = true);
};
class Base64Decoder : public Filter {
public:
  Base64Decoder(BufferedTransformation *attachment = nullptr);
};
class Base64Encoder : public Filter {
public:
  Base64Encoder(BufferedTransformation *attachment = nullptr, bool insertLineBreaks = true);
};
class HashFilter : public Filter {
public:
  HashFilter(HashTransformation &hm, BufferedTransformation *attachment = nullptr);
};
} // namespace CryptoPP
#endif
