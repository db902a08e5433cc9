// types.hpp - host-side mirrors of the kernel's vector types and result
// records (profanity.cl), so the CPU backend and the dispatcher share them.
#pragma once

#include <cstdint>
#include <string>

typedef std::uint64_t cl_ulong;
typedef std::uint32_t cl_uint;
typedef std::uint8_t cl_uchar;

typedef struct {
	cl_ulong s[4];
} cl_ulong4;

#define PROFANITY_MAX_SCORE 40
#define PROFANITY_INVERSE_SIZE 255
#define PROFANITY_SPEEDSAMPLES 20

typedef struct {
	cl_uint found;
	cl_uint foundId;
	cl_uchar foundHash[20];
} result;

class Mode {
public:
	enum class Kind { Benchmark, Zeros, Letters, Numbers, Matching, Leading, Range, LeadingRange, Mirror, Doubles };

	static Mode benchmark();
	static Mode zeros();
	static Mode letters();
	static Mode numbers();
	static Mode matching(const std::string& strHex);
	static Mode leading(char charLeading);
	static Mode range(cl_uchar min, cl_uchar max);
	static Mode leadingRange(cl_uchar min, cl_uchar max);
	static Mode mirror();
	static Mode doubles();

	std::string transformName() const;
	int score(const cl_uchar hash[20]) const;

	std::string name;
	Kind kind = Kind::Benchmark;
	cl_uchar data1[20] = {};
	cl_uchar data2[20] = {};
	bool contract = false;

private:
	explicit Mode(Kind k, const std::string& n) : name(n), kind(k) {}
};
