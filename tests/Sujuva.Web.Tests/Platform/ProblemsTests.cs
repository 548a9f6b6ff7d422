using Microsoft.AspNetCore.Mvc;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Tests.Platform;

public sealed class ProblemsTests
{
    [Theory]
    [InlineData(RefusalKind.Invalid, 400)]
    [InlineData(RefusalKind.Rule, 422)]
    public void From_Refusal_MapsKindToStatusAndNamesTheField(RefusalKind kind, int status)
    {
        var result = Problems.From(new Refusal(kind, "stageId", "Cases.X", "Because."));

        Assert.Equal(status, result.StatusCode);
        var errors = Assert.IsType<Dictionary<string, string[]>>(result.ProblemDetails.Extensions["errors"]);
        Assert.Equal(["Because."], errors["stageId"]);
        Assert.Equal("Cases.X", result.ProblemDetails.Extensions["code"]);
    }

    [Fact]
    public void EditConflict_Always_Is409OnVersion()
    {
        ProblemDetails problem = Problems.EditConflict().ProblemDetails;

        Assert.Equal(409, problem.Status);
        Assert.Contains("version", Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["errors"]).Keys);
    }
}
