using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using FluentValidation;

namespace JournalApi.Http;

/// <summary>
/// The one place a request's query is checked: each handler parameter whose type has a validator is validated before the
/// handler runs, and a search (<see cref="ISearchRequest"/>) is parsed once by the index of the snapshot that will answer
/// (a search of stop words only, say, cannot be run) and carried in <see cref="RequestSnapshot.Search"/>. The search must
/// be parsed by that same snapshot, since a snapshot published meanwhile has other term ids. Any failure answers 400
/// problem+json naming each parameter; handlers only query and shape.
/// </summary>
public static class RequestValidation
{
    /// <summary>Validates the requests of every endpoint of the group; put it after <see cref="ContentReadiness.RequireContent{TBuilder}"/>.</summary>
    public static TBuilder ValidateRequests<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var validated = ValidatedParameters(factory.MethodInfo, factory.ApplicationServices);
            return validated.Length == 0 ? next : context => ValidateAsync(context, validated, next);
        });
        return builder;
    }

    // Validators are for the request records (reference types): IValidator<T> of a reference type needs no code made at run time.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reference types, whose generic instantiations Native AOT shares.")]
    private static (int Index, IValidator Validator)[] ValidatedParameters(MethodInfo method, IServiceProvider services) =>
        [.. method.GetParameters()
            .Where(p => !p.ParameterType.IsValueType)
            .Select((p, i) => (Index: i, Validator: services.GetService(typeof(IValidator<>).MakeGenericType(p.ParameterType)) as IValidator))
            .Where(p => p.Validator is not null)
            .Select(p => (p.Index, p.Validator!))];

    private static ValueTask<object?> ValidateAsync(EndpointFilterInvocationContext context, (int Index, IValidator Validator)[] validated,
        EndpointFilterDelegate next)
    {
        var chosen = context.HttpContext.Chosen();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var searched = context.Arguments.OfType<ISearchRequest>().FirstOrDefault();
        foreach (var (index, validator) in validated)
        {
            var request = context.Arguments[index];
            if (request is null)
            {
                continue;
            }

            var validation = new ValidationContext<object>(request);
            if (searched is not null)
            {
                // For the rules of another parameter of the endpoint that depend on the search (sort=relevance needs q).
                validation.RootContextData[nameof(ISearchRequest)] = searched;
            }

            foreach (var (name, messages) in validator.Validate(validation).ToDictionary())
            {
                errors[name] = messages;
            }

            if (request is ISearchRequest { SearchText: { } text } && !errors.ContainsKey("q"))
            {
                var search = chosen.Snapshot.SearchIndex.Parse(text);
                if (search.ErrorMessage is { } message)
                {
                    errors["q"] = [message];
                }
                else
                {
                    chosen.Search = search;
                }
            }
        }

        return errors.Count > 0 ? ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors)) : next(context);
    }
}
