#!/usr/bin/env python3
"""Writes the hand-made seeds of tests/fuzz/corpus/: fuzz_conv inputs in the
byte format that fuzz_conv.c's header describes, one per problem kind the
fuzzer should start from, and fuzz_layers inputs (a batch byte, then a
layer file).  Also the inputs that found bugs (regress-*.bin).  Run from anywhere; it
rewrites only these files, so inputs the fuzzer found and were committed
beside them stay."""
import os
import re
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')
INT_MAX = 2**31 - 1


def header_enum(name):
    """The enumerators of `typedef enum <name>` in include/lmconv.h, in order, as values."""
    with open(os.path.join(ROOT, 'include', 'lmconv.h')) as f:
        body = re.search(r'typedef enum %s \{(.*?)\}' % name, f.read(), re.S).group(1)
    body = re.sub(r'/\*.*?\*/', '', body, flags=re.S)
    values, v = {}, -1
    for m in re.finditer(r'(LMC_\w+)\s*(?:=\s*(\d+))?', body):
        v = int(m.group(2)) if m.group(2) else v + 1
        values[m.group(1)] = v
    return values


# 'nchw', ... and 'auto', 'ref', 'kn2row-as', ... from the header, so that a
# family added later needs nothing here.
LAYOUTS = {k[4:].lower(): v for k, v in header_enum('lmc_layout').items()}
ALGOS = {k[9:].lower().replace('_', '-'): v for k, v in header_enum('lmc_algo').items()}
ALGO_COUNT = ALGOS.pop('count-')


def field(v, lo, hi):
    """One field of fuzz_conv.c: a byte for a value in [lo, hi], else 248 and the int32."""
    if lo <= v <= hi:
        return bytes([v - lo])
    return bytes([248]) + struct.pack('<i', v)


def conv(n=1, c=4, h=8, w=8, m=4, kh=3, kw=None, sh=1, sw=None, pad=(1, 1, 1, 1), dil=(1, 1),
         groups=0, layout='nchw', bias=True, relu=False, bias_wrong=False, algo='auto', variant=0,
         threads=1, limit=0, limit_value=0, flags=0, seed=1, extra=0):
    """groups: the groups selector of fuzz_conv.c (0: 1, 1: gcd(c, m), 2: c, k in 3..7: k - 2);
    layout and algo: a name or a number (an unknown one)."""
    kw = kh if kw is None else kw
    sw = sh if sw is None else sw
    b = field(n, 1, 3) + field(c, 1, 24) + field(h, 1, 20) + field(w, 1, 20) + field(m, 1, 24)
    b += field(kh, 1, 7) + field(kw, 1, 7) + field(sh, 1, 4) + field(sw, 1, 4)
    for p in pad:
        b += field(p, 0, 4)
    b += field(dil[0], 1, 3) + field(dil[1], 1, 3) + field(groups, 0, 7)
    b += field(LAYOUTS.get(layout, layout), 0, 3)
    b += bytes([(1 if bias else 0) | (2 if relu else 0) | (0x10 if bias_wrong else 0)])
    # the variant's range depends on the family: 0 as a byte, any other as its int32
    b += field(ALGOS.get(algo, algo), 0, ALGO_COUNT - 1) + field(variant, 0, 0) + field(threads, 0, 4)
    b += bytes([limit]) + struct.pack('<H', limit_value)
    b += bytes([flags]) + struct.pack('<I', seed) + bytes([extra])
    return b


CONV = {
    'same3x3-auto': conv(),
    'same3x3-auto-2t-bias-relu': conv(threads=2, relu=True, extra=7),
    'im2col-nchw': conv(algo='im2col', c=5, m=7, h=9, w=11),
    'im2row-nhwc-stride2': conv(algo='im2col', layout='nhwc', sh=2, pad=(0, 1, 0, 1)),
    'mec-a-batch': conv(algo='mec', variant=1, n=3, h=7, w=7, c=6, m=9),
    'mec-b-nhwc-dilated': conv(algo='mec', variant=2, layout='nhwc', dil=(2, 1), h=12, w=10),
    'kn2row-stride3': conv(algo='kn2row', sh=3, sw=2, kh=5, pad=(2, 2, 2, 2), h=13, w=13),
    'kn2row-as-nhwc': conv(algo='kn2row-as', layout='nhwc', kh=2, kw=3, pad=(0, 1, 1, 0)),
    'kn2row-aa-destroy-input': conv(algo='kn2row-aa', flags=2, threads=2, c=17, m=20),
    'indirect-nhwc-grouped': conv(algo='indirect', layout='nhwc', c=12, m=18, groups=1, threads=2),
    'direct-nhwc-depthwise': conv(algo='direct', layout='nhwc', c=16, m=16, groups=2),
    'direct-nchw16c-grouped': conv(algo='direct', layout='nchw16c', c=32, m=32, groups=4, n=2),
    'direct-nchw8c-variant': conv(algo='direct', variant=4, layout='nchw8c', c=9, m=11),
    'direct-nchw': conv(algo='direct', layout='nchw', threads=2),
    'pointwise-1x1': conv(kh=1, pad=(0, 0, 0, 0), c=24, m=24, h=14, w=14, algo='im2col'),
    'ref-explicit': conv(algo='ref', kh=7, pad=(3, 3, 3, 3)),
    'auto-measure': conv(flags=1, threads=2, h=6, w=6),
    'auto-limit-zero': conv(limit=3, layout='nhwc'),
    'limit-exact': conv(algo='im2col', limit=6),
    'limit-one-under': conv(algo='im2col', limit=7),
    # tiny tensors, extreme geometry: huge dilation and padding, huge stride
    'huge-dilation-padding': conv(h=1, w=1, kh=2, kw=2, dil=(1000000000, 1000000000),
                                  pad=(500000000, 500000000, 500000000, 500000000), algo='auto'),
    'huge-stride': conv(sh=INT_MAX, sw=INT_MAX, h=5, w=5, algo='kn2row'),
    'huge-padding-indirect': conv(layout='nhwc', algo='indirect', h=1, w=1, kh=1,
                                  pad=(1 << 20, 0, 0, 1 << 20)),
    # every tap in the padding: kn2row-as needs no workspace at all
    'kn2row-as-all-padding': conv(algo='kn2row-as', h=1, w=1, kh=2, kw=2, dil=(3, 3),
                                  pad=(2, 2, 2, 2)),
    # MEC's NHWC lowering where the left padding is wider than the kernel
    'mec-nhwc-padding-wider-than-kernel': conv(algo='mec', variant=2, layout='nhwc', h=3, w=2, kh=1,
                                               kw=1, pad=(0, 0, 3, 0)),
    # tensors that fit and lowered matrices that do not
    'im2col-lowered-overflow': conv(c=1 << 16, h=1 << 12, w=1 << 12, m=1, kh=1 << 12, kw=1 << 12,
                                    pad=(1 << 11,) * 4, algo='im2col'),
    'tensor-overflow': conv(n=INT_MAX, c=INT_MAX, h=INT_MAX, w=INT_MAX),
    # invalid descriptors and options
    'zero-batch': conv(n=0),
    'groups-not-dividing': conv(c=6, m=4, groups=6),
    'bad-layout': conv(layout=4),
    'negative-padding': conv(pad=(-1, 0, 0, 0)),
    'empty-output': conv(h=2, w=2, kh=5, pad=(0, 0, 0, 0)),
    'threads-1025': conv(threads=1025, algo='im2col'),
    'threads-1024-query': conv(threads=1024, algo='direct', layout='nhwc'),
    'bad-flags': conv(flags=207),
    # flags bytes from 200 up: 1 << (byte % 32) with the byte's low two bits;
    # 226 is LMC_PLAN_ALLOW_REF, 227 LMC_PLAN_INEXACT (with MEASURE and DESTROY_INPUT)
    'ref-allow-ref-blocked': conv(algo='ref', flags=226, layout='nchw8c', c=4, m=1, h=2, w=5),
    'auto-allow-ref-limit-zero': conv(flags=226, limit=3, c=3, m=5),
    'auto-inexact': conv(flags=227, c=8, m=8, h=10, w=10, threads=2),
    'variant-out-of-range': conv(algo='mec', variant=3),
    'unknown-algo': conv(algo=999),
    'negative-algo': conv(algo=-1),
    'bias-missing': conv(bias=True, bias_wrong=True),
    'bias-unexpected': conv(bias=False, bias_wrong=True),
}


# Inputs that found bugs, kept as regression tests (named regress-*).
REGRESS = {
    # mec's NHWC lowering formed a pointer before the input row when every
    # tap of a window lay in the left padding
    'mec-nhwc-pointer-before-row': conv(c=4, h=8, w=2, m=1, kh=3, kw=1, sh=4, pad=(2, 3, 2, 2),
                                        layout='nhwc', relu=True, algo='mec', threads=0),
    # kn2row-as offset a NULL workspace when every tap read only padding
    'kn2row-as-null-workspace': conv(n=2, c=7, h=13, w=1, m=1, kh=1, sh=4, sw=3, pad=(0, 0, 1, 1),
                                     dil=(2, 2), bias=False, algo='kn2row-as'),
    # direct's cache blocking summed channel counts near INT_MAX in int
    'direct-2g-channels': conv(c=INT_MAX - 1, h=4, w=8, m=8, kh=1, sh=4, sw=3, pad=(2, 131328, 0, 1),
                               dil=(3, 1), layout='nhwc', relu=True, algo='direct', threads=3),
}


def layers(batch_byte, text):
    return bytes([batch_byte]) + text.encode() if isinstance(text, str) else bytes([batch_byte]) + text


def head(path, lines):
    with open(os.path.join(ROOT, path)) as f:
        return ''.join(f.readlines()[:lines])


LAYERS = {
    'vgg16-head': layers(0, head('bench/layers/vgg16.csv', 6)),
    'mobilenet-groups': layers(1, head('bench/layers/mobilenet_v1.csv', 8)),
    'zmo-batch2': layers(2, head('bench/layers/zmo_paper.csv', 6)),
    'shapes-benchdnn': layers(0, head('bench/shapes/benchdnn_shapes.csv', 6)),
    'shapes-xnnpack-batch': layers(6, head('bench/shapes/xnnpack_bench_shapes.csv', 6)),
    'all-columns': layers(0, 'name,C,H,W,M,KH,KW,stride,pad,groups,dilation,batch\n'
                             'a,8,9,10,8,3,3,2,1,2,2,3\nb,4,4,4,4,1,1,1,0,1,1,1\n'),
    'crlf-comments': layers(0, '# comment\r\nname,C,H,W,M,KH,KW,stride,pad\r\n\r\nx,3,5,5,2,3,3,1,1\r\n'),
    'no-header-no-newline': layers(0, 'x,3,5,5,2,3,3,1,1'),
    'malformed-number': layers(0, 'x,3,5,five,2,3,3,1,1\n'),
    'too-few-fields': layers(0, 'x,3,5,5,2,3\n'),
    'invalid-layer': layers(0, 'x,3,5,5,2,9,9,1,0\n'),
    'huge-values': layers(4, 'x,1000000000,1000000000,1000000000,1000000000,1,1,1,0\n'),
    'shapes-mismatch-skipped': layers(0, 'net,name,groups,mb,ic,ih,iw,oc,oh,ow,kh,kw,sh,sw,ph,pw,dh,dw\n'
                                         'n,bad,1,1,3,10,10,4,99,99,3,3,1,1,1,1,0,0\n'
                                         'n,good,1,1,3,10,10,4,10,10,3,3,1,1,1,1,0,0\n'),
    'shapes-huge-padding': layers(0, 'net,name,groups,mb,ic,ih,iw,oc,oh,ow,kh,kw,sh,sw,ph,pw,dh,dw\n'
                                     'n,p,1,1,1,1,1,1,1000000000,2,1,1,1000000000,1,0,0,0,0\n'),
    'empty': layers(0, ''),
    'only-comments': layers(0, '# nothing\n#\n'),
    'nul-byte': layers(0, b'x,3,5,5,2,3,3,1,1\nx,3,\x005,5,2,3,3,1,1\n'),
    'long-line': layers(0, 'x,3,5,5,2,3,3,1,1' + ' ' * 5000 + '\n'),
    'long-name-short-err': layers(0x80, 'n' * 300 + ',3,5,5,2,3,3,1,1\n'),
}


def wisdom(form, text):
    """A fuzz_wisdom input: the form byte (bit 0: this CPU's header and key
    line go in front, bit 1: imported through a file), then the text."""
    return bytes([form]) + (text.encode() if isinstance(text, str) else text)


# The problem fuzz_wisdom plans after an accepted import.
P = 'n1c8h6w7m8k3x3s1x1p1.1.1.1d1x1g1'
OTHER = 'lmconv-wisdom 1\ncpu Other-1-2 avx512 l1d=1 l2=2\n'
WISDOM = {
    'this-cpu-direct-every-variant': wisdom(1, ''.join(
        'direct:%s %s %s t1 0.%d\n' % (v, P, layout, i + 1)
        for i, v in enumerate(['64x6', '32x14', '16x6', '8x4', '8x48', '4x24', '4x16'])
        for layout in ['nchw', 'nhwc'])),
    'this-cpu-mec-winograd': wisdom(1, 'mec:a %s nchw t1 0.1\nmec:b %s nhwc t1 0.2\n'
                                       'winograd:4x3 %s nhwc t1 0.3\nwinograd:2x3-all %s nchw t1 0.4\n'
                                    % (P, P, P, P)),
    'this-cpu-through-file': wisdom(3, 'direct:8x4 %s nhwc t1 1e-05\n# a comment\n\n' % P),
    'this-cpu-other-threads-layouts': wisdom(1, 'direct:16x6 %s nhwc t2 0.1\ndirect:8x4 %s nchw16c t1 0.1\n'
                                                'direct:8x4 %s nchw8c t1024 0.1\n' % (P, P, P)),
    'other-cpu-whole': wisdom(0, OTHER + 'direct:64x6 n1c64h56w56m64k3x3s1x1p1.1.1.1d1x1g1 nhwc t2 0.000412\n'),
    'two-cpus-replacing': wisdom(1, 'direct:8x4 %s nhwc t1 0.2\ncpu Other-1-2 avx512 l1d=1 l2=2\n'
                                    'direct:16x6 %s nhwc t1 0.1\ncpu Other-1-2 avx512 l1d=1 l2=2\n'
                                    'direct:32x14 %s nhwc t1 0.3\n' % (P, P, P)),
    'crlf-tabs-comments': wisdom(0, '# wisdom\r\nlmconv-wisdom 1 # v1\r\n\tcpu  Other-1-2\tavx512\r\n'
                                    'mec:a\t%s nchw t1 0.25\r\n' % P),
    'header-only': wisdom(0, 'lmconv-wisdom 1\n'),
    'empty': wisdom(0, ''),
    'version-3': wisdom(0, 'lmconv-wisdom 3\n'),
    'format-2-efficiencies': wisdom(0, 'lmconv-wisdom 2\ncpu Other-1-2 avx512 l1d=1 l2=2\n'
                                       'eff direct:64x6 spatial nhwc t1 1.25\neff im2col pointwise nchw t2 0.5\n'
                                       'direct:8x4 %s nhwc t1 0.5\neff direct:64x6 spatial nhwc t1 2\n' % P),
    'this-cpu-efficiencies': wisdom(1, 'eff kn2row-aa spatial nchw t1 1e5\neff direct:4x16 spatial nchw t1 1e-5\n'),
    'eff-in-format-1': wisdom(0, OTHER + 'eff im2col spatial nchw t1 0.5\n'),
    'eff-bad': wisdom(1, 'eff im2col:a spatial nchw t1 0.5\neff direct grouped nchw t1 0.5\neff im2col spatial nchw t1 -1\n'
                         'eff im2col dilated nchw t1 0.5\neff im2col spatial nchw t1 0.5 7\n'),
    'no-header': wisdom(0, 'cpu x\n'),
    'truncated': wisdom(1, 'direct:8x4 %s nhwc t1' % P),
    'entry-before-cpu': wisdom(0, 'lmconv-wisdom 1\ndirect:8x4 %s nhwc t1 0.5\n' % P),
    'unknown-family': wisdom(1, 'fft:8x4 %s nhwc t1 0.5\n' % P),
    'unknown-variant': wisdom(1, 'direct:9x9 %s nhwc t1 0.5\n' % P),
    'family-without-variant': wisdom(1, 'im2col %s nhwc t1 0.5\n' % P),
    'problem-not-canonical': wisdom(1, 'direct:8x4 n01c8h6w7m8k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n'),
    'problem-invalid': wisdom(1, 'direct:8x4 n1c8h6w7m8k9x9s1x1p0.0.0.0d1x1g1 nhwc t1 0.5\n'),
    'problem-huge': wisdom(1, 'direct:8x4 n2147483647c2147483647h2147483647w2147483647m2147483647'
                              'k1x1s1x1p0.0.0.0d1x1g1 nhwc t1 0.5\n'),
    'bad-layout': wisdom(1, 'direct:8x4 %s nc t1 0.5\n' % P),
    'threads-0': wisdom(1, 'direct:8x4 %s nhwc t0 0.5\n' % P),
    'threads-1025': wisdom(1, 'direct:8x4 %s nhwc t1025 0.5\n' % P),
    'seconds-bad': wisdom(1, 'direct:8x4 %s nhwc t1 nan\ndirect:8x4 %s nhwc t1 -1\n' % (P, P)),
    'seconds-tiny': wisdom(1, 'direct:8x4 %s nhwc t1 4e-320\ndirect:8x4 %s nhwc t1 2.3e-308\n' % (P, P)),
    'six-fields': wisdom(1, 'direct:8x4 %s nhwc t1 0.5 x\n' % P),
    'long-line': wisdom(1, '#' + 'x' * 5000 + '\n'),
    'nul-inside': wisdom(1, b'direct:8x4 ' + P.encode() + b' nhwc t1 0.5\n\0garbage'),
    'non-ascii': wisdom(1, 'direct:8x4 %s nhwc t1 0.5 \u00e9\n' % P),
}


# Inputs that found bugs in the wisdom parser.
WISDOM_REGRESS = {
    # a cpu line of more than 5 tokens read a token pointer split had not set
    'cpu-key-many-fields': wisdom(0, 'lmconv-wisdom 1\ncpu Other-1 8x4 n1 nhdirect:9x9 n1c8 g-2 avx512 l2=2\n'),
}


def write(target, prefix, inputs):
    d = os.path.join(HERE, 'corpus', target)
    os.makedirs(d, exist_ok=True)
    for name, data in inputs.items():
        with open(os.path.join(d, prefix + name + '.bin'), 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    write('fuzz_conv', 'seed-', CONV)
    write('fuzz_conv', 'regress-', REGRESS)
    write('fuzz_layers', 'seed-', LAYERS)
    write('fuzz_wisdom', 'seed-', WISDOM)
    write('fuzz_wisdom', 'regress-', WISDOM_REGRESS)
