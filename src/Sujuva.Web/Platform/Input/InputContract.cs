using System.Reflection;
using System.Security.Claims;

namespace Sujuva.Web.Platform.Input;

/// <summary>
/// The input contract of every API endpoint, checked in one place before its handler runs: each bound
/// request value (body record, route or query value) keeps <see cref="InputRules"/>, or the request is
/// refused with a 400 problem naming the field. Binding itself (types, required fields) is refused
/// earlier by the JSON binder through ProblemExceptionHandler.
/// </summary>
/// <remarks>
/// Not .NET 10's AddValidation (Microsoft.Extensions.Validation): by its documentation it validates only
/// the non-null items of a list and not nullable value-type parameters, has no rule that an enum value is
/// named, and its problems carry no <c>code</c>; those are the holes issue 12 found.
/// </remarks>
public static class InputContract
{
    public static TBuilder WithInputContract<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory(Create);
        return builder;
    }

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var inputs = context.MethodInfo.GetParameters().Where(p => IsInput(p.ParameterType, services))
            .Select(p => (p.Position, Field: InputRules.IsRecord(p.ParameterType) ? "" : p.Name ?? "", p.ParameterType,
                Attributes: (IReadOnlyList<Attribute>)[.. p.GetCustomAttributes(inherit: true).OfType<Attribute>()]))
            .ToArray();
        foreach (var input in inputs.Where(i => InputRules.IsRecord(i.ParameterType))) RequireTextRules(input.ParameterType);
        if (inputs.Length == 0) return next;
        return invocation =>
        {
            foreach (var (position, field, type, attributes) in inputs)
            {
                if (InputRules.Check(invocation.Arguments[position], field, type, attributes) is { } broken)
                    return ValueTask.FromResult<object?>(Problems.BadField(broken.Field, broken.Code, broken.Message));
            }
            return next(invocation);
        };
    }

    private static bool IsInput(Type type, IServiceProviderIsService? services) =>
        type != typeof(CancellationToken) && type != typeof(HttpContext) && type != typeof(HttpRequest)
        && type != typeof(HttpResponse) && type != typeof(ClaimsPrincipal) && services?.IsService(type) != true;

    /// <summary>A body's text field without a stated rule is a mistake found when the endpoint is built, not in production.</summary>
    private static void RequireTextRules(Type record)
    {
        foreach (var (name, type, attributes) in InputRules.FieldsOf(record))
        {
            var isText = type == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(type);
            if (isText && !attributes.OfType<TextAttribute>().Any())
                throw new InvalidOperationException($"{record.Name}.{name} is text without a [Text] rule.");
            if (InputRules.IsRecord(type)) RequireTextRules(type);
            if (type.IsGenericType && type.GetGenericArguments() is [var item] && InputRules.IsRecord(item)) RequireTextRules(item);
        }
    }
}
