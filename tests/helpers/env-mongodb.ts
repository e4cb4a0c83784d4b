Object.assign(process.env, { TEST_DB: 'mongodb', NODE_ENV: 'test' })
