import { defaultFieldResolver, getNamedType, isInputObjectType, isObjectType, type GraphQLSchema } from "graphql";
import { badInput, findUserTextProblem } from "@app/domain";

/**
 * Puts the one input rule (packages/domain userTextProblem: no NUL, well-formed Unicode, a length
 * bound) in front of every field of the schema that takes arguments, so an argument added later is
 * covered without anyone listing it. It runs before authorization and before type-graphql converts
 * and validates the arguments, so nothing behind it ever sees a string that breaks the rule. The
 * field is named as the form knows it: the argument ("email") or the input's own field ("location.city").
 */
export function applyInputRule(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      // Input objects (and lists of them) are named by their own fields, as class-validator names them.
      const inputArgs = new Set(field.args.filter((a) => isInputObjectType(getNamedType(a.type))).map((a) => a.name));
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const [name, value] of Object.entries(args)) {
          const found = findUserTextProblem(value, inputArgs.has(name) ? "" : name);
          if (found) throw badInput({ [found.field]: found.message }, `Check ${found.field}: ${found.message}`);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
