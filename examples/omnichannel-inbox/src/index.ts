console.log('example to come');
