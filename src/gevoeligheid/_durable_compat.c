/* PyEval_CallObject, which Python 3.13 removed and durable-rules 2.0.28 still refers to.
 *
 * Up to 3.12, PyEval_CallObject was a macro, so no interpreter ever exported the name; 3.13
 * dropped the macro, and durable-rules built against 3.13's headers refers to it as an
 * undeclared function, so its C module fails to import ("undefined symbol: PyEval_CallObject").
 * gevoeligheid._durable_loader loads this library with RTLD_GLOBAL before it imports
 * durable_rules_engine, and the dynamic linker finds the name here.
 *
 * durable-rules calls the function only from its storage and queue callbacks, and only once a
 * set_*_callback registered one. gevoeligheid never registers one, and must not: the caller,
 * compiled without a declaration, takes the result for an int and cuts the pointer to 32 bits.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#ifdef PyEval_CallObject
#undef PyEval_CallObject /* the macro of Python 3.12 and earlier */
#endif

Py_EXPORTED_SYMBOL PyObject *PyEval_CallObject(PyObject *callable, PyObject *args);

PyObject *PyEval_CallObject(PyObject *callable, PyObject *args)
{
    return PyObject_CallObject(callable, args);
}

/* An importable module too, so that packaging tools and `import` treat the library as one. */
static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "_durable_compat",
    "PyEval_CallObject for durable-rules on Python 3.13 and later (loaded by _durable_loader).",
    0,
    NULL,
};

PyMODINIT_FUNC PyInit__durable_compat(void)
{
    return PyModuleDef_Init(&module);
}
