//go:build amd64 && !purego

#include "textflag.h"

// func headMarkBlocks(p string) int
TEXT ·headMarkBlocks(SB), NOSPLIT, $0-24
	MOVQ p_base+0(FP), SI
	MOVQ p_len+8(FP), BX
	XORQ AX, AX

	// X10, X11, X12, X13: the bytes C4, 90, 91 and 'o' in every lane;
	// X14: 0x20, to compare the byte after 91 with 'o' in either case.
	MOVQ       $0xC4C4C4C4C4C4C4C4, DX
	MOVQ       DX, X10
	PUNPCKLQDQ X10, X10
	MOVQ       $0x9090909090909090, DX
	MOVQ       DX, X11
	PUNPCKLQDQ X11, X11
	MOVQ       $0x9191919191919191, DX
	MOVQ       DX, X12
	PUNPCKLQDQ X12, X12
	MOVQ       $0x6F6F6F6F6F6F6F6F, DX
	MOVQ       DX, X13
	PUNPCKLQDQ X13, X13
	MOVQ       $0x2020202020202020, DX
	MOVQ       DX, X14
	PUNPCKLQDQ X14, X14

	// A mark at k: p[k] == C4 && (p[k+1] == 90 || p[k+1] == 91 && p[k+2]|0x20 == 'o').
	// Two blocks a turn while they and the two bytes after them are in p.
loop32:
	LEAQ     34(AX), CX
	CMPQ     CX, BX
	JA       loop16
	MOVOU    (SI)(AX*1), X0
	MOVOU    1(SI)(AX*1), X1
	MOVOU    2(SI)(AX*1), X2
	MOVOU    16(SI)(AX*1), X4
	MOVOU    17(SI)(AX*1), X5
	MOVOU    18(SI)(AX*1), X6
	MOVOU    X1, X3
	MOVOU    X5, X7
	POR      X14, X2
	POR      X14, X6
	PCMPEQB  X10, X0
	PCMPEQB  X11, X1
	PCMPEQB  X12, X3
	PCMPEQB  X13, X2
	PCMPEQB  X10, X4
	PCMPEQB  X11, X5
	PCMPEQB  X12, X7
	PCMPEQB  X13, X6
	PAND     X2, X3
	PAND     X6, X7
	POR      X3, X1
	POR      X7, X5
	PAND     X1, X0
	PAND     X5, X4
	PMOVMSKB X0, DX
	PMOVMSKB X4, R8
	SHLL     $16, R8
	ORL      R8, DX
	JNZ      found
	ADDQ     $32, AX
	JMP      loop32

	// One block, while it and the two bytes after it are in p.
loop16:
	LEAQ     18(AX), CX
	CMPQ     CX, BX
	JA       done
	MOVOU    (SI)(AX*1), X0
	MOVOU    1(SI)(AX*1), X1
	MOVOU    2(SI)(AX*1), X2
	MOVOU    X1, X3
	POR      X14, X2
	PCMPEQB  X10, X0
	PCMPEQB  X11, X1
	PCMPEQB  X12, X3
	PCMPEQB  X13, X2
	PAND     X2, X3
	POR      X3, X1
	PAND     X1, X0
	PMOVMSKB X0, DX
	TESTL    DX, DX
	JNZ      found
	ADDQ     $16, AX
	JMP      loop16

found:
	BSFL DX, DX
	ADDQ DX, AX

done:
	MOVQ AX, ret+16(FP)
	RET
