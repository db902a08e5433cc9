#include <iostream>

#include <tcl.h>

#include "sbc.hpp"

namespace sbc {

Scripting::Scripting() : interp_(Tcl_CreateInterp()) {}

Scripting::~Scripting() { Tcl_DeleteInterp(interp_); }

bool Scripting::eval(const std::string &code)
{
    if (Tcl_Eval(interp_, code.c_str()) != TCL_OK) {
        std::cerr << "tcl: " << Tcl_GetStringResult(interp_) << '\n';
        return false;
    }
    return true;
}

bool Scripting::source(const std::string &path) { return Tcl_EvalFile(interp_, path.c_str()) == TCL_OK; }

} // namespace sbc
