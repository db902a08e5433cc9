// Mode.cpp - scoring modes: what makes an address "better".
#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "types.hpp"

namespace {

cl_uchar hexValue(char c)
{
	if (c >= '0' && c <= '9')
		return static_cast<cl_uchar>(c - '0');
	c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
	if (c >= 'a' && c <= 'f')
		return static_cast<cl_uchar>(c - 'a' + 10);
	throw std::runtime_error("bad hex character");
}

int nibble(const cl_uchar hash[20], int i)
{
	return (i % 2 == 0) ? hash[i / 2] >> 4 : hash[i / 2] & 0x0f;
}

}  // namespace

Mode Mode::benchmark() { return Mode(Kind::Benchmark, "benchmark"); }
Mode Mode::zeros() { return range(0, 0); }
Mode Mode::letters() { Mode m = range(10, 15); m.name = "letters"; return m; }
Mode Mode::numbers() { Mode m = range(0, 9); m.name = "numbers"; return m; }
Mode Mode::mirror() { return Mode(Kind::Mirror, "mirror"); }
Mode Mode::doubles() { return Mode(Kind::Doubles, "doubles"); }

Mode Mode::matching(const std::string& strHex)
{
	Mode r(Kind::Matching, "matching");
	std::size_t index = 0;

	for (std::size_t i = 0; i < strHex.size() && index < 40; ++i, ++index) {
		if (strHex[i] == 'X' || strHex[i] == 'x')
			continue;
		const cl_uchar v = hexValue(strHex[i]);
		const cl_uchar shift = (index % 2 == 0) ? 4 : 0;
		r.data1[index / 2] |= static_cast<cl_uchar>(0x0f << shift);
		r.data2[index / 2] |= static_cast<cl_uchar>(v << shift);
	}
	return r;
}

Mode Mode::leading(char charLeading)
{
	Mode r(Kind::Leading, "leading");
	r.data1[0] = hexValue(charLeading);
	return r;
}

Mode Mode::range(cl_uchar min, cl_uchar max)
{
	Mode r(Kind::Range, "range");
	r.data1[0] = min;
	r.data2[0] = max;
	return r;
}

Mode Mode::leadingRange(cl_uchar min, cl_uchar max)
{
	Mode r(Kind::LeadingRange, "leadingrange");
	r.data1[0] = min;
	r.data2[0] = max;
	return r;
}

std::string Mode::transformName() const
{
	return contract ? "Contract" : "Address";
}

int Mode::score(const cl_uchar hash[20]) const
{
	int s = 0;

	switch (kind) {
	case Kind::Benchmark:
		return 0;
	case Kind::Matching:
		for (int i = 0; i < 20; ++i)
			for (int shift : {4, 0})
				if (((data1[i] >> shift) & 0x0f) && ((hash[i] >> shift) & 0x0f) == ((data2[i] >> shift) & 0x0f))
					++s;
		return s;
	case Kind::Leading:
		for (int i = 0; i < 40 && nibble(hash, i) == data1[0]; ++i)
			++s;
		return s;
	case Kind::Range:
		for (int i = 0; i < 40; ++i)
			if (nibble(hash, i) >= data1[0] && nibble(hash, i) <= data2[0])
				++s;
		return s;
	case Kind::LeadingRange:
		for (int i = 0; i < 40 && nibble(hash, i) >= data1[0] && nibble(hash, i) <= data2[0]; ++i)
			++s;
		return s;
	case Kind::Mirror:
		for (int i = 0; i < 20 && nibble(hash, 19 - i) == nibble(hash, 20 + i); ++i)
			++s;
		return s;
	case Kind::Doubles:
		for (int i = 0; i < 20 && (hash[i] >> 4) == (hash[i] & 0x0f); ++i)
			++s;
		return s;
	default:
		return 0;
	}
}
