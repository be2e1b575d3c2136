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
K32(kE2, 0xE2E2E2E2E2E2E2E2)
K32(k80, 0x8080808080808080)
K32(k8F, 0x8F8F8F8F8F8F8F8F)
K32(kA8, 0xA8A8A8A8A8A8A8A8)
K32(kAF, 0xAFAFAFAFAFAFAFAF)

// CLASSIFY sets AX to the mask of the good bytes of Y0 (bit k for byte k)
// and DI to the mask of the spaces that follow a space, given the bytes
// before each in Y1 and two before in Y2; it uses Y3–Y9 (Y10–Y15 hold
// constants). Good: an allowed byte (20–7E, 0A, a continuation, C3–CB,
// E1, E2) that is a continuation exactly where the byte before is a lead
// (C3–CB, E1, E2) or the byte two before is E1 or E2, in B8–BB after E1,
// 80 after E2, and 90–A7 or B0–BF two after E2.
#define CLASSIFY \
	VPCMPGTB Y0, Y13, Y3; \
	VPCMPGTB kC2<>(SB), Y1, Y4; \
	VPCMPGTB Y1, Y14, Y5; \
	VPAND    Y5, Y4, Y4; \
	VPCMPEQB Y12, Y1, Y5; \
	VPOR     Y5, Y4, Y4; \
	VPCMPEQB kE2<>(SB), Y1, Y6; \
	VPOR     Y6, Y4, Y4; \
	VPCMPEQB Y12, Y2, Y7; \
	VPOR     Y7, Y4, Y4; \
	VPCMPEQB kE2<>(SB), Y2, Y7; \
	VPOR     Y7, Y4, Y4; \
	VPXOR    Y4, Y3, Y4; \
	VPCMPGTB kB7<>(SB), Y0, Y8; \
	VPCMPGTB Y0, Y15, Y9; \
	VPAND    Y9, Y8, Y8; \
	VPANDN   Y5, Y8, Y8; \
	VPOR     Y8, Y4, Y4; \
	VPCMPEQB k80<>(SB), Y0, Y8; \
	VPANDN   Y6, Y8, Y8; \
	VPOR     Y8, Y4, Y4; \
	VPCMPGTB k8F<>(SB), Y0, Y8; \
	VPCMPGTB Y0, Y10, Y9; \
	VPAND    Y9, Y8, Y8; \
	VPCMPGTB kAF<>(SB), Y0, Y9; \
	VPOR     Y9, Y8, Y8; \
	VPANDN   Y7, Y8, Y8; \
	VPOR     Y8, Y4, Y4; \
	VPCMPGTB k1F<>(SB), Y0, Y6; \
	VPCMPEQB k7F<>(SB), Y0, Y7; \
	VPANDN   Y6, Y7, Y6; \
	VPCMPEQB k0A<>(SB), Y0, Y7; \
	VPOR     Y7, Y6, Y6; \
	VPOR     Y3, Y6, Y6; \
	VPCMPGTB kC2<>(SB), Y0, Y7; \
	VPCMPGTB Y0, Y14, Y8; \
	VPAND    Y8, Y7, Y7; \
	VPOR     Y7, Y6, Y6; \
	VPCMPEQB Y12, Y0, Y7; \
	VPOR     Y7, Y6, Y6; \
	VPCMPEQB kE2<>(SB), Y0, Y7; \
	VPOR     Y7, Y6, Y6; \
	VPANDN   Y6, Y4, Y4; \
	VPMOVMSKB Y4, AX; \
	VPCMPEQB  Y11, Y0, Y8; \
	VPCMPEQB  Y11, Y1, Y7; \
	VPAND     Y7, Y8, Y8; \
	VPMOVMSKB Y8, DI

// func scanClean32(s string, i int) (next, stop, pairAt int)
//
// The comparisons are signed: C0 > b holds for the continuation bytes
// 80–BF alone, b > C2 && CC > b for the leads C3–CB, b > B7 && BC > b for
// B8–BB, b > 8F && A8 > b for 90–A7, b > AF for B0–FF and 00–7F (a
// continuation there is B0–BF), b > 1F for 20–7F.
//
// Registers: SI the text, DX its length, BX the block, R9 the start, R8
// pairAt; Y0 the bytes, Y1 and Y2 the bytes one and two before each.
TEXT ·scanClean32(SB), NOSPLIT, $0-48
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), DX
	MOVQ i+16(FP), BX
	MOVQ BX, R9
	MOVQ $-1, R8
	VMOVDQU kC0<>(SB), Y13
	VMOVDQU kCC<>(SB), Y14
	VMOVDQU kBC<>(SB), Y15
	VMOVDQU kE1<>(SB), Y12
	VMOVDQU k20<>(SB), Y11
	VMOVDQU kA8<>(SB), Y10

	// The first 32 bytes (the caller leaves at least that many): no byte
	// counts before the start, so the bytes before are shifted in as zeros,
	// which are neither leads nor spaces.
	VMOVDQU    (SI)(BX*1), Y0
	VPERM2I128 $0x08, Y0, Y0, Y9 // low lane zero, high lane the low bytes
	VPALIGNR   $15, Y9, Y0, Y1
	VPALIGNR   $14, Y9, Y0, Y2
	CLASSIFY
	JMP        judge

loop:
	LEAQ 32(BX), AX
	CMPQ AX, DX
	JGT  tail
	VMOVDQU (SI)(BX*1), Y0
	VMOVDQU -1(SI)(BX*1), Y1
	VMOVDQU -2(SI)(BX*1), Y2
	CLASSIFY

judge:
	CMPL AX, $0xFFFFFFFF
	JNE  partial
	TESTQ R8, R8
	JGE   next
	TESTL DI, DI
	JZ    next
	LEAQ  -1(BX), R8
	TESTL $0xFFFF, DI
	JNZ   pairlow
	LEAQ  15(BX), R8
	JMP   next

pairlow:
	// max(BX-1, 0): a pair at the very start has no byte before it.
	TESTQ BX, BX
	JNZ   next
	XORQ  R8, R8

next:
	ADDQ $32, BX
	JMP  loop

partial:
	// The first sixteen bytes may still be a good block.
	ANDL $0xFFFF, AX
	CMPL AX, $0xFFFF
	JNE  bad
	ADDQ $16, BX
	TESTQ R8, R8
	JGE   bad
	TESTL $0xFFFF, DI
	JZ    bad
	LEAQ  -17(BX), R8
	CMPQ  BX, $16
	JNE   bad
	XORQ  R8, R8

bad:
	// The block at BX is not vouched for.
	LEAQ 16(BX), AX
	CMPQ AX, DX
	CMOVQGT DX, AX
	JMP  done

tail:
	// Fewer than 32 bytes left, after at least one step of 32. One more
	// block of 16 if they hold one: the 32 bytes ending at the end are
	// classified (all those before BX were vouched for) and the bits of
	// the block kept.
	MOVQ DX, AX
	SUBQ BX, AX
	CMPQ AX, $16
	JLT  end
	LEAQ -32(DX), R10 // the window
	VMOVDQU (SI)(R10*1), Y0
	VMOVDQU -1(SI)(R10*1), Y1
	VMOVDQU -2(SI)(R10*1), Y2
	CLASSIFY
	MOVQ BX, CX
	SUBQ R10, CX
	SHRL CX, AX
	SHRL CX, DI
	ANDL $0xFFFF, AX
	CMPL AX, $0xFFFF
	JNE  bad
	TESTQ R8, R8
	JGE   tailok
	TESTL $0xFFFF, DI
	JZ    tailok
	LEAQ  -1(BX), R8

tailok:
	ADDQ $16, BX

end:
	MOVQ DX, AX

done:
	VZEROUPPER
	MOVQ BX, next+24(FP)
	MOVQ AX, stop+32(FP)
	MOVQ R8, pairAt+40(FP)
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

// func newlines32(s string, from int, dst []int) (n, next int)
TEXT ·newlines32(SB), NOSPLIT, $0-64
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), DX
	MOVQ from+16(FP), BX
	MOVQ dst_base+24(FP), DI
	MOVQ dst_len+32(FP), CX
	XORQ R8, R8
	VMOVDQU k0A<>(SB), Y1
	SUBQ $32, CX // room for a block's newlines

nlloop:
	LEAQ 32(BX), AX
	CMPQ AX, DX
	JGT  nltail
	VPCMPEQB  (SI)(BX*1), Y1, Y0
	VPMOVMSKB Y0, AX
	TESTL AX, AX
	JNZ   nlfound
	ADDQ $32, BX
	JMP  nlloop

nlfound:
	CMPQ R8, CX
	JGT  nldone // no room for 32 more

nlbits:
	BSFL AX, R9
	ADDQ BX, R9
	MOVQ R9, (DI)(R8*8)
	INCQ R8
	LEAL -1(AX), R10
	ANDL R10, AX
	JNZ  nlbits
	ADDQ $32, BX
	JMP  nlloop

nltail:
	// The last bytes one at a time, while there is room.
	ADDQ $31, CX // room for one more

nltailloop:
	CMPQ BX, DX
	JGE  nldone
	CMPB (SI)(BX*1), $0x0A
	JNE  nlnext
	CMPQ R8, CX
	JGT  nldone
	MOVQ BX, (DI)(R8*8)
	INCQ R8

nlnext:
	INCQ BX
	JMP  nltailloop

nldone:
	VZEROUPPER
	MOVQ R8, n+48(FP)
	MOVQ BX, next+56(FP)
	RET
