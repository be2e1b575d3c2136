package cli

import (
	"fmt"
	"io"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/ui"
	"github.com/bantin/bantin/ui/termsafe"
)

// bodyOrWarn is a's body (data.ReadBody: Body, or read back from the file
// a load left it in), or nil after a warning on errw when it cannot be
// read: the output goes on with an empty body and its exit status is not
// changed by it.
func bodyOrWarn(errw io.Writer, a *model.Article) ([]string, error) {
	paras, err := data.ReadBody(a)
	if err != nil {
		fmt.Fprintf(errw, "bantin: warning: %s: the body could not be read again from the file (%s); it is left empty\n",
			termsafe.Clean(a.File), ui.BodyProblem(err))
		return nil, err
	}
	return paras, nil
}
