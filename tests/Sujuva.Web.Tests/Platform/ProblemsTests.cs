using Microsoft.AspNetCore.Mvc;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Tests.Platform;

public sealed class ProblemsTests
{
    [Theory]
    [InlineData(RefusalKind.Invalid, 400)]
    [InlineData(RefusalKind.NotFound, 404)]
    [InlineData(RefusalKind.Forbidden, 403)]
    [InlineData(RefusalKind.Conflict, 409)]
    [InlineData(RefusalKind.Rule, 422)]
    [InlineData(RefusalKind.Busy, 503)]
    [InlineData(RefusalKind.TooLarge, 413)]
    public void From_Refusal_MapsKindToStatusAndNamesTheField(RefusalKind kind, int status)
    {
        var result = Problems.From(new Refusal(kind, "stageId", "Cases.X", "Because."));

        Assert.Equal(status, result.StatusCode);
        Assert.Equal(status, result.ProblemDetails.Status);
        var errors = Assert.IsType<Dictionary<string, string[]>>(result.ProblemDetails.Extensions["errors"]);
        Assert.Equal(["Because."], errors["stageId"]);
        Assert.Equal("Cases.X", result.ProblemDetails.Extensions["code"]);
    }

    [Fact]
    public void From_EveryKind_HasAStatus()
    {
        foreach (var kind in Enum.GetValues<RefusalKind>())
        {
            var (status, title) = Problems.StatusOf(new Refusal(kind, "f", "C", "M"));
            Assert.InRange(status, 400, 599);
            Assert.False(string.IsNullOrWhiteSpace(title));
        }
    }

    [Fact]
    public void From_RefusalWithTitle_KeepsItsTitle()
    {
        var result = Problems.From(Refusal.Conflict("teamId", "Pulse.AlreadyAnswered", "Once a week.", "Already answered."));

        Assert.Equal(409, result.StatusCode);
        Assert.Equal("Already answered.", result.ProblemDetails.Title);
    }

    [Fact]
    public void EditConflict_Always_Is409OnVersion()
    {
        ProblemDetails problem = Problems.EditConflict().ProblemDetails;

        Assert.Equal(409, problem.Status);
        Assert.Equal("EditConflict", problem.Extensions["code"]);
        Assert.Contains("version", Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["errors"]).Keys);
    }

    [Fact]
    public void OkOr_Value_Is200WithTheValue()
    {
        var result = Problems.OkOr<string>("moved").Result;

        Assert.Equal("moved", Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.Ok<string>>(result).Value);
    }

    [Fact]
    public void OkOr_Refusal_IsItsProblem()
    {
        var result = Problems.OkOr<string>(Refusal.NotFound("caseId")).Result;

        Assert.Equal(404, Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>(result).StatusCode);
    }
}
