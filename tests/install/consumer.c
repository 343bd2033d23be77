/* A program that uses an installed lmconv: built by test_install with
 * pkg-config and with find_package(lmconv).  It checks a convolution
 * against values worked out by hand, and that the library linked is the
 * one its header describes. */
#include <stdio.h>
#include <string.h>

#include <lmconv.h>

int main(void)
{
    char header[32];
    snprintf(header, sizeof header, "%d.%d.%d", LMCONV_VERSION_MAJOR, LMCONV_VERSION_MINOR,
             LMCONV_VERSION_PATCH);
    if (strcmp(lmc_version(), header) != 0) {
        fprintf(stderr, "library %s, header %s\n", lmc_version(), header);
        return 1;
    }

    /* One channel, 3x4 input 1..12, 2x2 kernel [1 2; 3 -4], bias 0.5, ReLU.
     * At input value v the window is v, v+1, v+4, v+5, so the sum is
     * v + 2(v+1) + 3(v+4) - 4(v+5) = 2v - 6; v = 1,2,3,5,6,7 give
     * -4,-2,0,4,6,8, then + 0.5 and max(., 0). */
    static const float want[6] = {0.0f, 0.0f, 0.5f, 4.5f, 6.5f, 8.5f};
    float x[12], w[4] = {1, 2, 3, -4}, b[1] = {0.5f}, y[6];
    for (int i = 0; i < 12; i++) x[i] = (float)(i + 1);
    lmc_conv_desc d;
    lmc_desc_init(&d, 1, 1, 3, 4, 1, 2, 2);
    d.layout = LMC_NHWC; /* with one channel the same memory as NCHW */
    d.has_bias = 1;
    d.relu = 1;

    /* The planner's choice without a limit, then with no workspace at all. */
    const size_t limits[2] = {(size_t)-1, 0};
    for (int k = 0; k < 2; k++) {
        lmc_plan_opts o;
        lmc_plan_opts_init(&o);
        o.workspace_limit = limits[k];
        lmc_plan *p;
        lmc_status s = lmc_plan_create(&d, &o, w, b, &p);
        if (s != LMC_OK) {
            fprintf(stderr, "plan: %s\n", lmc_strerror(s));
            return 1;
        }
        static float ws[1 << 14];
        size_t wsb = lmc_plan_workspace_bytes(p);
        memset(y, 0xff, sizeof y);
        s = wsb <= sizeof ws ? lmc_execute(p, x, y, ws, wsb) : LMC_ERR_WORKSPACE_TOO_SMALL;
        int ok = s == LMC_OK;
        for (int i = 0; i < 6; i++) ok = ok && y[i] == want[i];
        const char *v = lmc_plan_variant(p);
        printf("lmconv %s, workspace limit %s: %s%s%s, y = %g %g %g %g %g %g (%s)\n", lmc_version(),
               k ? "0" : "none", lmc_plan_algorithm(p), v ? ":" : "", v ? v : "", y[0], y[1], y[2],
               y[3], y[4], y[5], ok ? "ok" : s != LMC_OK ? lmc_strerror(s) : "wrong values");
        lmc_plan_destroy(p);
        if (!ok) return 1;
    }
    return 0;
}
