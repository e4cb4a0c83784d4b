Object.assign(process.env, { TEST_DB: 'postgres', NODE_ENV: 'test' })
