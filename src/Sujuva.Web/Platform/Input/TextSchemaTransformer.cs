using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sujuva.Web.Platform.Input;

/// <summary>
/// Publishes the input contract's text rules in the OpenAPI document: maxLength on every text field and
/// parameter (on a list, on its items), and the single-line rule as a pattern, as <see cref="InputRules"/> enforces them.
/// </summary>
public sealed class TextSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string SingleLine = @"^[^\x00-\x1F\x7F-\x9F]*$";
    private const string Multiline = @"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var (attributes, isParameter) = AttributesOf(context);
        var rule = attributes.OfType<TextAttribute>().FirstOrDefault() ?? (isParameter ? TextAttribute.Default : null);
        if (rule is null || schema.Type is not { } type) return Task.CompletedTask;
        if (type.HasFlag(JsonSchemaType.String)) Apply(schema, rule);
        else if (type.HasFlag(JsonSchemaType.Array) && schema.Items is OpenApiSchema items) Apply(items, rule);
        return Task.CompletedTask;
    }

    private static void Apply(OpenApiSchema schema, TextAttribute rule)
    {
        if (schema.Format is not null) return;  // a uuid or a date has its own form
        schema.MaxLength = rule.MaxLength;
        schema.Pattern ??= rule.Multiline ? Multiline : SingleLine;
    }

    private static (IReadOnlyList<Attribute> Attributes, bool IsParameter) AttributesOf(OpenApiSchemaTransformerContext context)
    {
        if (context.JsonPropertyInfo is { } property)
            return ([.. property.AttributeProvider?.GetCustomAttributes(true).OfType<Attribute>() ?? [],
                .. property.AssociatedParameter?.AttributeProvider?.GetCustomAttributes(true).OfType<Attribute>() ?? []], false);
        if (context.ParameterDescription?.ParameterDescriptor is IParameterInfoParameterDescriptor parameter)
            return ([.. parameter.ParameterInfo.GetCustomAttributes(true).OfType<Attribute>()], true);
        return ([], false);
    }
}
