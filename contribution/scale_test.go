package contribution

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/desasadar/jamsos/membership"
	"github.com/desasadar/jamsos/problem"
)

// A wage earner's bill without the employer's business scale (Perpres
// 109/2013 Pasal 6 sets only which programs each scale must take).
func TestBillWithoutScale(t *testing.T) {
	c := calc(t, Options{})
	m := month(2026, 5)
	in := Input{Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT),
		Basis: rp(3_000_000), RiskGroup: LowRisk}

	// Rp3,000,000 at the low risk group: JKK 0.54% = 16,200; JKM 0.30% =
	// 9,000; JHT 5.7% = 171,000 (3.7% employer 111,000, 2% worker 60,000);
	// JKP is added for the employer at no charge to either. Billed
	// 16,200 + 9,000 + 171,000 = 196,200, as for a small business.
	b, err := c.Bill(in, m)
	if err != nil {
		t.Fatal(err)
	}
	if !b.Billed.Equal(rp(196_200)) {
		t.Errorf("billed %s, want 196200", b.Billed)
	}
	if _, ok := b.Line(membership.JKP); !ok {
		t.Error("no JKP line; JKP is offered to every scale JKK+JKM+JHT fits (micro and small)")
	}
	if len(b.Warnings) != 1 || b.Warnings[0].Code != "business_scale.unchecked" || b.Warnings[0].Field != "business_scale" {
		t.Fatalf("warnings %v, want one business_scale.unchecked", b.Warnings)
	}
	// JKK+JKM+JHT is what a small business must take, and a micro
	// business may add JHT; a medium or large one must also take JP.
	for _, want := range []string{"MICRO", "SMALL"} {
		if !strings.Contains(b.Warnings[0].EN, want) {
			t.Errorf("warning %q does not name %s", b.Warnings[0].EN, want)
		}
	}
	// The rule is Perpres 109/2013 Pasal 6, a secondary source, marked in
	// each message in its own language.
	if !strings.Contains(b.Warnings[0].ID, "Perpres 109/2013 Pasal 6 [sekunder]") || !strings.Contains(b.Warnings[0].EN, "Perpres 109/2013 Pasal 6 [secondary]") {
		t.Errorf("warning %q / %q does not cite Perpres 109/2013 Pasal 6 in each language", b.Warnings[0].ID, b.Warnings[0].EN)
	}
	if strings.Contains(b.Warnings[0].EN, "MEDIUM") {
		t.Errorf("warning %q names MEDIUM, which requires JP", b.Warnings[0].EN)
	}

	in.Scale = membership.Small
	small, err := c.Bill(in, m)
	if err != nil {
		t.Fatal(err)
	}
	if !small.Billed.Equal(b.Billed) || len(small.Warnings) != 0 {
		t.Errorf("with the scale: billed %s, warnings %v; want the same 196200 and no warning", small.Billed, small.Warnings)
	}
}

// JKK alone fits no scale: every scale requires JKK and JKM (Perpres
// 109/2013 Pasal 6), so the answer is one problem listing the scales.
func TestBillWithoutScaleFittingNone(t *testing.T) {
	c := calc(t, Options{})
	in := Input{Segment: membership.PU, Programs: membership.SetOf(membership.JKK), Basis: rp(3_000_000), RiskGroup: LowRisk}
	_, err := c.Bill(in, month(2026, 5))
	l := problem.Flatten(err)
	if len(l) != 1 || l[0].Code != "business_scale.required" || l[0].Field != "business_scale" || !errors.Is(err, membership.ErrRequired) {
		t.Fatalf("got %v, want one business_scale.required", err)
	}
	for _, want := range []string{"MICRO", "SMALL", "MEDIUM", "LARGE", "JKK+JKM+JHT+JP"} {
		if !strings.Contains(l[0].EN, want) || !strings.Contains(l[0].ID, want) {
			t.Errorf("problem %q / %q does not name %s", l[0].ID, l[0].EN, want)
		}
	}
}

// A program chosen before it existed fails whatever the scale: that is the
// problem reported, not the missing scale (JKP starts on 2 February 2021,
// PP 37/2021).
func TestBillWithoutScaleBeforeJKP(t *testing.T) {
	c := calc(t, Options{})
	in := Input{Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JKP), Basis: rp(3_000_000), RiskGroup: LowRisk}
	_, err := c.Bill(in, month(2019, 5))
	l := problem.Flatten(err)
	if len(l) != 1 || l[0].Code != "programs.not_offered" || l[0].Value != "JKP" {
		t.Fatalf("got %v, want one programs.not_offered for JKP", err)
	}
}

// The engine bills an unscaled wage earner on its fast path, with the
// calculator's amounts and its warning.
func TestEngineWithoutScale(t *testing.T) {
	e, err := NewEngine(calc(t, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	r := Row{Month: month(2026, 5), Segment: membership.PU, Programs: membership.SetOf(membership.JKK, membership.JKM, membership.JHT),
		Basis: 3_000_000, RiskGroup: LowRisk}
	if n := e.fastRows([]Row{r}, make([]Result, 1)); n != 1 {
		t.Error("an unscaled wage earner left the fast path")
	}
	got := e.One(r)
	if got.Err != nil || got.Billed != 196_200 || !got.Warned || !got.Has.Has(membership.JKP) {
		t.Errorf("got billed %d, warned %v, programs %v, err %v; want 196200, warned, with JKP", got.Billed, got.Warned, got.Has, got.Err)
	}
}

func TestScalesFitting(t *testing.T) {
	p := membership.DefaultParams()
	on := month(2026, 5).FirstDay()
	set := membership.SetOf
	const jkk, jkm, jht, jp = membership.JKK, membership.JKM, membership.JHT, membership.JP
	for _, tt := range []struct {
		name string
		set  membership.ProgramSet
		want []membership.BusinessScale
	}{
		// Perpres 109/2013 Pasal 6: micro JKK+JKM; small also JHT; medium and
		// large also JP; the other programs optional.
		{"Perpres 109/2013 Pasal 6: JKK+JKM is micro only", set(jkk, jkm), []membership.BusinessScale{membership.Micro}},
		{"Pasal 6: JKK+JKM+JHT is micro (JHT optional) or small", set(jkk, jkm, jht), []membership.BusinessScale{membership.Micro, membership.Small}},
		{"Pasal 6: JKK+JKM+JHT+JP fits every scale", set(jkk, jkm, jht, jp), membership.BusinessScales()},
		{"Pasal 6: JKK+JKM+JP lacks JHT of small and up", set(jkk, jkm, jp), []membership.BusinessScale{membership.Micro}},
		{"Pasal 6: every scale requires JKM", set(jkk), nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.ScalesFitting(tt.set, on)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("ScalesFitting(%v) = %v, %v; want %v", tt.set, got, err, tt.want)
			}
		})
	}
}
