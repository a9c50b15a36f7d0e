// Generated from the zod schemas of this folder by `npm run generate` (core): do not edit.
// What the parse by shape (`parseShape`) needs at run time, without zod.
import type { ObjectShape } from './fields';

/** `objectShape(candidateSchema)`. */
export const CANDIDATE_SHAPE: ObjectShape = {
  "strict": true,
  "members": [
    {
      "key": "id",
      "required": false,
      "nullable": false,
      "kind": "text",
      "min": 1,
      "max": 100
    },
    {
      "key": "fullName",
      "required": true,
      "nullable": false,
      "kind": "text",
      "min": 1,
      "max": 200
    },
    {
      "key": "dateOfBirth",
      "required": true,
      "nullable": false,
      "kind": "date"
    },
    {
      "key": "gender",
      "required": false,
      "nullable": true,
      "kind": "choice",
      "values": [
        "male",
        "female"
      ]
    },
    {
      "key": "citizenId",
      "required": false,
      "nullable": true,
      "kind": "citizenId"
    },
    {
      "key": "role",
      "required": false,
      "nullable": false,
      "kind": "choice",
      "values": [
        "leader",
        "deputy"
      ]
    },
    {
      "key": "unitCode",
      "required": false,
      "nullable": true,
      "kind": "text",
      "min": 1,
      "max": 50
    },
    {
      "key": "unitName",
      "required": false,
      "nullable": true,
      "kind": "text",
      "min": 1,
      "max": 200
    },
    {
      "key": "permanentResident",
      "required": false,
      "nullable": true,
      "kind": "flag"
    },
    {
      "key": "livesInUnit",
      "required": false,
      "nullable": true,
      "kind": "flag"
    },
    {
      "key": "residesInCommune",
      "required": false,
      "nullable": true,
      "kind": "flag"
    },
    {
      "key": "underSanction",
      "required": false,
      "nullable": true,
      "kind": "flag"
    },
    {
      "key": "partyMember",
      "required": false,
      "nullable": true,
      "kind": "flag"
    },
    {
      "key": "partyCellSecretary",
      "required": false,
      "nullable": true,
      "kind": "flag"
    },
    {
      "key": "attestations",
      "required": false,
      "nullable": true,
      "kind": "object",
      "shape": {
        "strict": true,
        "members": [
          {
            "key": "health",
            "required": false,
            "nullable": true,
            "kind": "flag"
          },
          {
            "key": "dedication",
            "required": false,
            "nullable": true,
            "kind": "flag"
          },
          {
            "key": "moralQuality",
            "required": false,
            "nullable": true,
            "kind": "flag"
          },
          {
            "key": "exemplaryFamily",
            "required": false,
            "nullable": true,
            "kind": "flag"
          },
          {
            "key": "capacity",
            "required": false,
            "nullable": true,
            "kind": "flag"
          },
          {
            "key": "digitalSkills",
            "required": false,
            "nullable": true,
            "kind": "flag"
          }
        ]
      }
    }
  ]
};

/** `objectShape(electionContextSchema)`. */
export const CONTEXT_SHAPE: ObjectShape = {
  "strict": true,
  "members": [
    {
      "key": "electionDate",
      "required": true,
      "nullable": false,
      "kind": "date"
    },
    {
      "key": "province",
      "required": false,
      "nullable": true,
      "kind": "text",
      "min": 1,
      "max": 100
    }
  ]
};
