using System.Security.Claims;
using Sujuva.Web.Components.Pages.Admin;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Tests.Pages;

/// <summary>Pages run operations without the API's endpoint filter; they ask the same input contract first.</summary>
public sealed class PageInputTests
{
    [Fact]
    public async Task AdminDo_NameTooLong_RefusedWithTheRuleCodeWithoutRunningTheHandler()
    {
        var actions = new AdminActions(null!, new ClaimsPrincipal());

        var problem = await actions.DoAsync<AdminServiceView>(new RenameRequest(new string('x', 201), 1),
            _ => throw new InvalidOperationException("the handler must not run"));

        Assert.Equal("Input.TooLong", problem?.Code);
    }

    [Fact]
    public void InputRefusal_OverrideReasonWithNul_IsBadCharacter() =>
        Assert.Equal("Input.BadCharacter", InputRules.Refuse(new MoveCaseRequest(Guid.NewGuid(), 1, "syy\u0000"))?.Code);
}
