//go:build amd64 && !purego

#include "textflag.h"

// Byte constants, 32 copies each.
#define K32(name, b) \
	DATA name<>+0(SB)/8, $b; \
	DATA name<>+8(SB)/8, $b; \
	DATA name<>+16(SB)/8, $b; \
	DATA name<>+24(SB)/8, $b; \
	GLOBL name<>(SB), RODATA|NOPTR, $32

K32(kC0, 0xC0C0C0C0C0C0C0C0)
K32(kC2, 0xC2C2C2C2C2C2C2C2)
K32(kCC, 0xCCCCCCCCCCCCCCCC)
K32(kE1, 0xE1E1E1E1E1E1E1E1)
K32(kB7, 0xB7B7B7B7B7B7B7B7)
K32(kBC, 0xBCBCBCBCBCBCBCBC)
K32(k1F, 0x1F1F1F1F1F1F1F1F)
K32(k7F, 0x7F7F7F7F7F7F7F7F)
K32(k0A, 0x0A0A0A0A0A0A0A0A)
K32(k20, 0x2020202020202020)

// func scanClean32(s string, i int) (next, pairAt int)
//
// The comparisons are signed: C0 > b holds for the continuation bytes
// 80–BF alone, b > C2 && CC > b for the leads C3–CB, b > B7 && BC > b for
// B8–BB, b > 1F for 20–7F.
TEXT ·scanClean32(SB), NOSPLIT, $0-40
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), DX
	MOVQ i+16(FP), BX
	MOVQ $-1, R8
	VMOVDQU kC0<>(SB), Y13
	VMOVDQU kCC<>(SB), Y14
	VMOVDQU kBC<>(SB), Y15
	VMOVDQU kE1<>(SB), Y12
	VMOVDQU k20<>(SB), Y11

loop:
	LEAQ 32(BX), AX
	CMPQ AX, DX
	JGT  done
	VMOVDQU (SI)(BX*1), Y0   // b: the bytes
	VMOVDQU -1(SI)(BX*1), Y1 // the byte before each
	VMOVDQU -2(SI)(BX*1), Y2 // the byte two before each

	VPCMPGTB Y0, Y13, Y3 // cont(b)

	// expect = lead(b-1) | E1(b-2): the bytes that must be continuations.
	VPCMPGTB kC2<>(SB), Y1, Y4
	VPCMPGTB Y1, Y14, Y5
	VPAND    Y5, Y4, Y4   // C3–CB before
	VPCMPEQB Y12, Y1, Y5  // E1 before
	VPOR     Y5, Y4, Y4
	VPCMPEQB Y12, Y2, Y6  // E1 two before
	VPOR     Y6, Y4, Y4
	VPXOR    Y4, Y3, Y4   // a continuation where none is due, or none where one is

	// After E1 only B8–BB.
	VPCMPGTB kB7<>(SB), Y0, Y6
	VPCMPGTB Y0, Y15, Y7
	VPAND    Y7, Y6, Y6
	VPANDN   Y5, Y6, Y6   // E1 before and not B8–BB
	VPOR     Y6, Y4, Y4   // Y4: structure broken

	// Allowed bytes: 20–7E, 0A, continuations, C3–CB, E1.
	VPCMPGTB k1F<>(SB), Y0, Y6
	VPCMPEQB k7F<>(SB), Y0, Y7
	VPANDN   Y6, Y7, Y6
	VPCMPEQB k0A<>(SB), Y0, Y7
	VPOR     Y7, Y6, Y6
	VPOR     Y3, Y6, Y6
	VPCMPGTB kC2<>(SB), Y0, Y7
	VPCMPGTB Y0, Y14, Y8
	VPAND    Y8, Y7, Y7
	VPOR     Y7, Y6, Y6
	VPCMPEQB Y12, Y0, Y7
	VPOR     Y7, Y6, Y6
	VPANDN   Y6, Y4, Y4   // good: allowed and not broken
	VPMOVMSKB Y4, AX

	// Two spaces in a row: a space after a space.
	VPCMPEQB  Y11, Y0, Y8
	VPCMPEQB  Y11, Y1, Y9
	VPAND     Y9, Y8, Y8
	VPMOVMSKB Y8, CX

	CMPL AX, $0xFFFFFFFF
	JNE  partial
	TESTQ R8, R8
	JGE   next
	TESTL CX, CX
	JZ    next
	LEAQ  -1(BX), R8
	TESTL $0xFFFF, CX
	JNZ   next
	LEAQ  15(BX), R8

next:
	ADDQ $32, BX
	JMP  loop

partial:
	// The first sixteen bytes may still be a good block.
	ANDL $0xFFFF, AX
	CMPL AX, $0xFFFF
	JNE  done
	TESTQ R8, R8
	JGE   half
	TESTL $0xFFFF, CX
	JZ    half
	LEAQ  -1(BX), R8

half:
	ADDQ $16, BX

done:
	VZEROUPPER
	MOVQ BX, next+24(FP)
	MOVQ R8, pairAt+32(FP)
	RET

// func hasAVX2() bool
TEXT ·hasAVX2(SB), NOSPLIT, $0-1
	MOVB $0, ret+0(FP)
	MOVL $0, AX
	CPUID
	CMPL AX, $7
	JLT  no
	MOVL $1, AX
	MOVL $0, CX
	CPUID
	// OSXSAVE (bit 27) and AVX (bit 28) of ECX.
	ANDL $0x18000000, CX
	CMPL CX, $0x18000000
	JNE  no
	// The OS saves the XMM and YMM registers (XCR0 bits 1 and 2).
	MOVL $0, CX
	XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE  no
	MOVL $7, AX
	MOVL $0, CX
	CPUID
	// AVX2: bit 5 of EBX.
	BTL  $5, BX
	JCC  no
	MOVB $1, ret+0(FP)

no:
	RET
